package dev.sfntest.teststate.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.asl.State;
import dev.sfntest.asl.TaskState;
import dev.sfntest.data.Json;
import dev.sfntest.teststate.TestStateException;

/**
 * The Context object ({@code $$}) of a tested state: the request's, checked as AWS checks it, or
 * the one TestState builds (an EXPRESS execution of a synthetic state machine; the state is named
 * {@code StateName}; {@code Execution.RoleArn} is the request's role, or null).
 */
final class ContextObjects {
    static final String STATE_MACHINE_NAME = "TestStateMachine";
    static final String EXECUTION_NAME = "TestStateExecution";
    private static final String PREFIX = "Invalid Context object provided: ";
    private static final String[][] STRING_FIELDS = {
        {"Execution", "Id"}, {"Execution", "Name"}, {"Execution", "RoleArn"}, {"Execution", "StartTime"},
        {"State", "Name"}, {"State", "EnteredTime"}, {"StateMachine", "Id"}, {"StateMachine", "Name"},
        {"Task", "Token"}};

    private ContextObjects() {
    }

    /**
     * TestState's own Context object.
     *
     * @param retryCount {@code State.RetryCount}, or -1 for a state that cannot retry
     */
    static ObjectNode standard(JsonNode input, String roleArn, String account, String region, String now,
            int retryCount) {
        ObjectNode context = Json.emptyObject();
        ObjectNode execution = context.putObject("Execution");
        execution.put("Id", "arn:aws:states:" + region + ":" + account + ":express:" + STATE_MACHINE_NAME + ":"
                + EXECUTION_NAME);
        execution.set("Input", input);
        execution.put("Name", EXECUTION_NAME);
        execution.put("RoleArn", roleArn);
        execution.put("StartTime", now);
        ObjectNode machine = context.putObject("StateMachine");
        machine.put("Id", "arn:aws:states:" + region + ":" + account + ":stateMachine:" + STATE_MACHINE_NAME);
        machine.put("Name", STATE_MACHINE_NAME);
        ObjectNode state = context.putObject("State");
        state.put("Name", TestedState.SINGLE_STATE_NAME);
        state.put("EnteredTime", now);
        if (retryCount >= 0) {
            state.put("RetryCount", retryCount);
        }
        return context;
    }

    /** Checks a Context object given by the request. @throws TestStateException with AWS's wording */
    static void check(JsonNode context, State state) {
        if (!context.isObject()) {
            throw TestStateException.validation(PREFIX + "the Context object must be a JSON object");
        }
        if (context.has("Map")) {
            throw TestStateException.validation(PREFIX + "'Map' field is not supported when mocking a Context object");
        }
        if (context.has("Task") && !(state instanceof TaskState task && waitsForCompletion(task.resource()))) {
            throw TestStateException.validation(PREFIX + "Context object contains 'Task' when state is not a Task "
                    + "state with a '.sync' or '.waitForTaskToken' service integration pattern");
        }
        for (String[] field : STRING_FIELDS) {
            JsonNode parent = context.get(field[0]);
            if (parent == null || parent.isNull()) {
                continue;
            }
            if (!parent.isObject()) {
                throw TestStateException.validation(PREFIX + field[0] + " must be an object");
            }
            JsonNode value = parent.get(field[1]);
            if (value != null && !value.isNull() && !value.isTextual()) {
                throw TestStateException.validation(PREFIX + field[0] + "." + field[1] + " must be a string");
            }
        }
        JsonNode retryCount = context.path("State").get("RetryCount");
        if (retryCount != null && !retryCount.isNull() && !retryCount.isIntegralNumber()) {
            throw TestStateException.validation(PREFIX + "State.RetryCount must be an integer");
        }
    }

    private static boolean waitsForCompletion(String resource) {
        return resource != null && (resource.endsWith(".waitForTaskToken") || resource.endsWith(".sync")
                || resource.endsWith(".sync:2"));
    }

    /** The account of an IAM role ARN ({@code arn:aws:iam::111111111111:role/x}), or {@code fallback}. */
    static String account(String roleArn, String fallback) {
        if (roleArn != null) {
            String[] parts = roleArn.split(":", 6);
            if (parts.length == 6 && parts[4].matches("\\d{12}")) {
                return parts[4];
            }
        }
        return fallback;
    }
}
