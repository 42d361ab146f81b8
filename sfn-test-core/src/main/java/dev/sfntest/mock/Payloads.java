package dev.sfntest.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.TaskInvocation;

/** Wraps a {@code returnsPayload(...)} payload as the Task's Lambda resource returns it. */
final class Payloads {
    static final String INVOKE = "arn:aws:states:::lambda:invoke";

    private Payloads() {
    }

    /** Whether {@code resource} returns a Lambda function's payload: lambda:invoke or a function ARN. */
    static boolean isLambda(String resource) {
        if (INVOKE.equals(resource)) {
            return true;
        }
        String[] parts = resource == null ? new String[0] : resource.split(":", -1);
        return parts.length >= 7 && "lambda".equals(parts[2]) && "function".equals(parts[5]);
    }

    /** The message for {@code returnsPayload} on a resource that does not call Lambda. */
    static String notLambda(String owner, String stateName, String resource) {
        return owner + " answers with returnsPayload(...), which wraps a Lambda function's payload, but the Task "
                + "state '" + stateName + "' calls " + resource + " (not " + INVOKE + " or a Lambda function ARN); "
                + "give the whole result with returns(...)";
    }

    static JsonNode wrap(JsonNode payload, TaskInvocation invocation, String owner) {
        if (!isLambda(invocation.resource())) {
            throw new InvalidMockException(notLambda(owner, invocation.stateName(), invocation.resource()));
        }
        return LambdaResponses.forResource(invocation.resource(), payload);
    }
}
