package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.ErrorNames;
import dev.sfntest.data.InvalidJsonException;
import dev.sfntest.data.Json;
import dev.sfntest.engine.StateMachineType;
import dev.sfntest.engine.TaskOutcome;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.ExecutionStatus;

/**
 * {@code arn:aws:states:::states:startExecution} (plain, {@code .sync}, {@code .sync:2},
 * {@code .waitForTaskToken}) for state machines registered with the engine: the child runs on the
 * same virtual timeline and answers in AWS's output shapes.
 */
final class ChildExecutions {
    private final ExecutionRun run;

    ChildExecutions(ExecutionRun run) {
        this.run = run;
    }

    /** Whether the task starts a registered state machine. */
    boolean handles(JsonNode input, Resources resource) {
        return resource.kind() == Resources.Kind.SERVICE && "states".equals(resource.resourceType())
                && resource.resource().startsWith("startExecution") && machineOf(input) != null;
    }

    private StateMachine machineOf(JsonNode input) {
        return run.settings().stateMachines().get(nameOf(input));
    }

    private static String nameOf(JsonNode input) {
        String arn = input.path("StateMachineArn").asText("");
        int at = arn.indexOf(":stateMachine:");
        String name = at < 0 ? arn : arn.substring(at + ":stateMachine:".length());
        int qualifier = name.indexOf(':');
        return qualifier < 0 ? name : name.substring(0, qualifier);
    }

    /**
     * Starts the child and records TaskStarted (and, but for a plain start, TaskSubmitted); the
     * outcome is immediate (plain) or comes when the child ends or the token is sent.
     */
    TaskOutcome start(TaskAttempt attempt) {
        JsonNode input = attempt.input;
        String machineName = nameOf(input);
        String variant = attempt.resource.resource();
        JsonNode childInput = childInput(input.get("Input"));
        String childName = input.path("Name").isTextual() ? input.get("Name").textValue() : null;
        long startedAt = run.agenda().now();
        ExecutionRun[] child = new ExecutionRun[1];
        child[0] = run.child(machineOf(input), machineName, childName, StateMachineType.STANDARD, result -> {
            if (variant.startsWith("startExecution.sync")) {
                attempt.finish(syncOutcome(child[0], machineName, childInput, startedAt, result,
                        variant.endsWith(":2")));
            }
        });
        run.agenda().schedule(startedAt, () -> child[0].start(childInput));
        ObjectNode started = Json.emptyObject();
        started.put("ExecutionArn", child[0].executionArn());
        started.put("StartDate", startedAt);
        if (variant.equals("startExecution")) {
            TaskEvents.started(attempt.visit, attempt.resource, null, null);
            return TaskOutcome.success(started);
        }
        // .sync and .waitForTaskToken: AWS records StartExecution's answer in TaskSubmitted
        TaskEvents.started(attempt.visit, attempt.resource, null, started);
        return TaskOutcome.pending();
    }

    private static JsonNode childInput(JsonNode input) {
        if (input == null) {
            return Json.emptyObject();
        }
        if (input.isTextual()) {
            try {
                return Json.parse(input.textValue());
            } catch (InvalidJsonException e) {
                return input;
            }
        }
        return input;
    }

    private static TaskOutcome syncOutcome(ExecutionRun child, String machineName, JsonNode input, long startedAt,
            ExecutionResult result, boolean parsedPayloads) {
        ObjectNode output = Json.emptyObject();
        if (result.status() != ExecutionStatus.SUCCEEDED) {
            // DescribeExecution's fields in AWS's (alphabetical) order; a TIMED_OUT child has neither
            putIfPresent(output, "Cause", result.cause());
            putIfPresent(output, "Error", result.error());
        }
        output.put("ExecutionArn", child.executionArn());
        payload(output, "Input", input, parsedPayloads);
        output.putObject("InputDetails").put("Included", true);
        output.put("Name", child.executionName());
        if (result.status() == ExecutionStatus.SUCCEEDED) {
            payload(output, "Output", result.output(), parsedPayloads);
            output.putObject("OutputDetails").put("Included", true);
        }
        output.put("RedriveCount", 0);
        output.put("RedriveStatus", "NOT_REDRIVABLE");
        output.put("StartDate", startedAt);
        output.put("StateMachineArn", ContextObject.stateMachineArn(child.settings(), machineName));
        output.put("Status", result.status().name());
        output.put("StopDate", result.stopDate().toEpochMilli());
        if (result.status() == ExecutionStatus.SUCCEEDED) {
            return TaskOutcome.success(output);
        }
        return TaskOutcome.failure(ErrorNames.TASK_FAILED, Json.write(output));
    }

    private static void putIfPresent(ObjectNode output, String field, String value) {
        if (value != null) {
            output.put(field, value);
        }
    }

    private static void payload(ObjectNode output, String field, JsonNode value, boolean parsed) {
        if (parsed) {
            output.set(field, value);
        } else {
            output.put(field, Json.write(value));
        }
    }
}
