package dev.sfntest.engine.internal;

/**
 * How a Task's {@code Resource} appears in history: a Lambda function ARN (the legacy
 * {@code LambdaFunction...} events), an activity ({@code Activity...} events), or a service
 * integration ({@code Task...} events with a resource type and a resource).
 *
 * @param kind which family of events
 * @param resourceType for service integrations: {@code lambda}, {@code sqs}, {@code aws-sdk:s3}...
 * @param resource for service integrations: {@code invoke}, {@code sendMessage.waitForTaskToken}...
 */
record Resources(Kind kind, String resourceType, String resource) {
    enum Kind { LAMBDA_FUNCTION, ACTIVITY, SERVICE }

    /** Whether the task waits for a callback: {@code .waitForTaskToken}. */
    boolean isCallback() {
        return kind == Kind.SERVICE && resource.endsWith(".waitForTaskToken");
    }

    /** Whether the task carries a task token: a callback or an activity. */
    boolean hasToken() {
        return isCallback() || kind == Kind.ACTIVITY;
    }

    static Resources describe(String arn) {
        String[] parts = arn.split(":", -1);
        if (parts.length >= 7 && "lambda".equals(parts[2]) && "function".equals(parts[5])) {
            return new Resources(Kind.LAMBDA_FUNCTION, "lambda", arn);
        }
        if (parts.length >= 7 && "states".equals(parts[2]) && "activity".equals(parts[5])) {
            return new Resources(Kind.ACTIVITY, "activity", arn);
        }
        int servicesAt = arn.indexOf(":::");
        if (servicesAt >= 0) {
            String rest = arn.substring(servicesAt + 3);
            int typeEnd = rest.indexOf(':', rest.startsWith("aws-sdk:") ? "aws-sdk:".length() : 0);
            if (typeEnd > 0) {
                return new Resources(Kind.SERVICE, rest.substring(0, typeEnd), rest.substring(typeEnd + 1));
            }
            return new Resources(Kind.SERVICE, rest, rest);
        }
        return new Resources(Kind.SERVICE, arn, arn);
    }
}
