package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.InvalidJsonException;
import dev.sfntest.data.Json;
import dev.sfntest.engine.TaskOutcome;
import dev.sfntest.engine.TaskTokenException;

/**
 * {@code arn:aws:states:::aws-sdk:sfn:sendTaskSuccess} (and {@code sendTaskFailure},
 * {@code sendTaskHeartbeat}) carrying a token of this test's executions: answered by the engine
 * itself, so a child execution can complete its parent's callback task.
 */
final class SdkCallbacks {
    private SdkCallbacks() {
    }

    static boolean handles(Resources resource, JsonNode input, Callbacks callbacks) {
        return "aws-sdk:sfn".equals(resource.resourceType())
                && (resource.resource().equals("sendTaskSuccess") || resource.resource().equals("sendTaskFailure")
                        || resource.resource().equals("sendTaskHeartbeat"))
                && callbacks.knows(input.path("TaskToken").asText(""));
    }

    static TaskOutcome call(ExecutionRun run, Resources resource, JsonNode input) {
        String token = input.get("TaskToken").textValue();
        try {
            switch (resource.resource()) {
                case "sendTaskSuccess" -> run.sendTaskSuccess(token, output(input.get("Output")));
                case "sendTaskFailure" -> run.sendTaskFailure(token, text(input, "Error"), text(input, "Cause"));
                default -> run.sendTaskHeartbeat(token);
            }
            return TaskOutcome.success(Json.emptyObject());
        } catch (TaskTokenException e) {
            String error = e.code().equals("InvalidToken") ? "Sfn.InvalidTokenException" : "Sfn.TaskTimedOutException";
            return TaskOutcome.failure(error, e.getMessage());
        }
    }

    private static JsonNode output(JsonNode output) {
        if (output == null) {
            return Json.emptyObject();
        }
        if (output.isTextual()) {
            try {
                return Json.parseData(output.textValue());
            } catch (InvalidJsonException e) {
                return output;
            }
        }
        return output;
    }

    private static String text(JsonNode input, String field) {
        JsonNode value = input.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
