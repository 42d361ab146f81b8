package dev.sfntest.history;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The details of a history event, one record per shape AWS uses. Payloads are JSON values here;
 * {@link HistoryJson} renders them as the strings GetExecutionHistory returns.
 */
@API(status = STABLE)
public sealed interface EventDetails {

    /** No details (for example {@code TaskStarted} of a Lambda function, {@code ParallelStateStarted}). */
    record None() implements EventDetails {
    }

    /** {@code ExecutionStarted}. */
    record ExecutionStarted(JsonNode input, String roleArn) implements EventDetails {
    }

    /** {@code ExecutionRedriven}: how many times the execution has been redriven, this one included. */
    record ExecutionRedriven(int redriveCount) implements EventDetails {
    }

    /** {@code ...StateEntered}. */
    record StateEntered(String name, JsonNode input) implements EventDetails {
    }

    /** {@code ...StateExited}; {@code assignedVariables} is empty when the state assigned none. */
    record StateExited(String name, JsonNode output, Map<String, JsonNode> assignedVariables)
            implements EventDetails {
        /** Copies the map. */
        public StateExited {
            assignedVariables = Map.copyOf(assignedVariables);
        }
    }

    /** {@code TaskScheduled}. */
    record TaskScheduled(String resourceType, String resource, String region, JsonNode parameters,
            Long timeoutInSeconds, Long heartbeatInSeconds) implements EventDetails {
    }

    /** {@code TaskStarted}, {@code TaskSubmitted}. */
    record TaskStarted(String resourceType, String resource) implements EventDetails {
    }

    /** {@code ActivityStarted}. */
    record ActivityStarted(String workerName) implements EventDetails {
    }

    /** {@code TaskSucceeded}, {@code TaskSubmitted}. */
    record TaskSucceeded(String resourceType, String resource, JsonNode output) implements EventDetails {
    }

    /** {@code TaskFailed}, {@code TaskTimedOut}, {@code TaskStartFailed}. */
    record TaskFailed(String resourceType, String resource, String error, String cause) implements EventDetails {
    }

    /** {@code LambdaFunctionScheduled}, {@code ActivityScheduled}. */
    record Scheduled(String resource, JsonNode input, Long timeoutInSeconds, Long heartbeatInSeconds)
            implements EventDetails {
    }

    /** {@code ExecutionSucceeded}, {@code LambdaFunctionSucceeded}, {@code ActivitySucceeded}. */
    record Output(JsonNode output) implements EventDetails {
    }

    /** {@code ExecutionFailed}, {@code ExecutionTimedOut}, {@code LambdaFunctionFailed}, ... */
    record Failure(String error, String cause) implements EventDetails {
    }

    /** {@code EvaluationFailed}: an expression or path failed while a state ran. */
    record EvaluationFailed(String error, String cause, String location, String state) implements EventDetails {
    }

    /** {@code MapRunRedriven}: a redrive of the parent execution redrove this Map Run, the count-th time. */
    record MapRunRedriven(String mapRunArn, int redriveCount) implements EventDetails {
    }

    /** {@code MapRunStarted}. */
    record MapRunStarted(String mapRunArn) implements EventDetails {
    }

    /** {@code MapStateStarted}. */
    record MapStateStarted(int length) implements EventDetails {
    }

    /** {@code MapIterationStarted}, {@code MapIterationSucceeded}, {@code MapIterationFailed}, ... */
    record MapIteration(String name, int index) implements EventDetails {
    }
}
