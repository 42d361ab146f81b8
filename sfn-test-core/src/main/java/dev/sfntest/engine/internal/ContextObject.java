package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.Json;
import dev.sfntest.internal.MillisTimestamps;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Builds the Context object ({@code $$}): the Execution and StateMachine parts are built once per
 * execution and shared; the State, Task and Map parts per use.
 */
final class ContextObject {
    private ObjectNode execution;
    private final ObjectNode stateMachine;

    ContextObject(RunSettings settings, String executionArn, String machineName, String executionName, JsonNode input,
            Instant start) {
        execution = Json.emptyObject();
        execution.put("Id", executionArn);
        execution.set("Input", input);
        execution.put("Name", executionName);
        execution.put("RoleArn", roleArn(settings, machineName));
        execution.put("StartTime", format(start));
        execution.put("RedriveCount", 0);
        stateMachine = Json.emptyObject();
        stateMachine.put("Id", stateMachineArn(settings, machineName));
        stateMachine.put("Name", machineName);
    }

    /**
     * After a redrive: {@code Execution.RedriveCount} and {@code Execution.RedriveTime}, in a new
     * node (contexts already handed out keep the values they were given).
     */
    void redriven(int count, Instant time) {
        ObjectNode next = execution.deepCopy();
        next.put("RedriveCount", count);
        next.put("RedriveTime", format(time));
        execution = next;
    }

    static String executionArn(RunSettings settings, String machineName, String executionName) {
        return states(settings) + "execution:" + machineName + ":" + executionName;
    }

    /**
     * An EXPRESS execution's ARN as AWS forms it, {@code ...:express:MACHINE:NAME:ID}: the id a UUID
     * drawn from the names and the seed (the same on every run of a test).
     */
    static String expressExecutionArn(RunSettings settings, String machineName, String executionName) {
        String id = UUID.nameUUIDFromBytes((machineName + "\n" + executionName + "\n" + settings.seed())
                .getBytes(StandardCharsets.UTF_8)).toString();
        return states(settings) + "express:" + machineName + ":" + executionName + ":" + id;
    }

    /**
     * An EXPRESS child execution of a Map Run, {@code ...:express:MACHINE/LABEL:MAPRUNID:ID}: the id a
     * UUID drawn from the child's name and the seed.
     */
    static String mapRunExpressChildArn(RunSettings settings, String machineAndLabel, String mapRunId,
            String childName) {
        String id = UUID.nameUUIDFromBytes((machineAndLabel + "\n" + childName + "\n" + settings.seed())
                .getBytes(StandardCharsets.UTF_8)).toString();
        return states(settings) + "express:" + machineAndLabel + ":" + mapRunId + ":" + id;
    }

    static String stateMachineArn(RunSettings settings, String machineName) {
        return states(settings) + "stateMachine:" + machineName;
    }

    /** {@code arn:aws:states:REGION:ACCOUNT:}. */
    static String states(RunSettings settings) {
        return "arn:aws:states:" + settings.region() + ":" + settings.account() + ":";
    }

    static String roleArn(RunSettings settings, String machineName) {
        return "arn:aws:iam::" + settings.account() + ":role/service-role/StepFunctions-" + machineName + "-role";
    }

    static String format(Instant instant) {
        return MillisTimestamps.format(instant);
    }

    /**
     * The Context object for a state.
     *
     * @param retryCount {@code State.RetryCount}, or -1 for none
     * @param taskToken the task token, or {@code null}
     * @param mapItem {@code {"Index", "Value"}} inside a Map's ItemSelector, or {@code null}
     */
    ObjectNode forState(String stateName, String enteredTime, int retryCount, String taskToken, JsonNode mapItem) {
        ObjectNode context = Json.emptyObject();
        context.set("Execution", execution);
        ObjectNode state = context.putObject("State");
        state.put("EnteredTime", enteredTime);
        state.put("Name", stateName);
        if (retryCount >= 0) {
            state.put("RetryCount", retryCount);
        }
        context.set("StateMachine", stateMachine);
        if (taskToken != null) {
            context.putObject("Task").put("Token", taskToken);
        }
        if (mapItem != null) {
            context.putObject("Map").set("Item", mapItem);
        }
        return context;
    }
}
