package dev.sfntest.server.internal;

import dev.sfntest.engine.Engine;

/**
 * The ARNs of the server's resources, in its account and region (by default Step Functions
 * Local's: {@value Engine#ACCOUNT}, {@value Engine#REGION}), and their checks with AWS's
 * {@code InvalidArn} messages.
 *
 * @param region the region in every ARN
 * @param account the account in every ARN
 */
record Arns(String region, String account) {

    /** {@code arn:aws:states:REGION:ACCOUNT:}. */
    String prefix() {
        return "arn:aws:states:" + region + ":" + account + ":";
    }

    String stateMachine(String name) {
        return prefix() + "stateMachine:" + name;
    }

    String execution(String machineName, String executionName) {
        return prefix() + "execution:" + machineName + ":" + executionName;
    }

    /**
     * An EXPRESS execution's ARN as AWS forms it: {@code ...:express:MACHINE:NAME:ID}, the id a
     * UUID drawn from the name and the start's sequence number (the same on every run of a test).
     */
    String expressExecution(String machineName, String executionName, long sequence) {
        String id = java.util.UUID.nameUUIDFromBytes((machineName + "\n" + executionName + "\n" + sequence)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        return prefix() + "express:" + machineName + ":" + executionName + ":" + id;
    }

    String activity(String name) {
        return prefix() + "activity:" + name;
    }

    /**
     * The resource part after {@code arn:aws:states:REGION:ACCOUNT:TYPE:} of an ARN of one of
     * the given types: {@code [type, rest]}.
     *
     * @throws ApiException {@code InvalidArn} when it is no Step Functions ARN or of another type
     */
    static String[] parse(String arn, String... types) {
        String[] parts = arn.split(":", 7);
        if (parts.length < 7 || !parts[0].equals("arn") || !parts[2].equals("states")) {
            throw ApiException.invalidArn("Invalid ARN prefix: " + arn);
        }
        for (String type : types) {
            if (parts[5].equals(type) && !parts[6].isEmpty()) {
                return new String[] {type, parts[6]};
            }
        }
        throw ApiException.invalidArn("Resource type not valid in this context: " + parts[5]);
    }
}
