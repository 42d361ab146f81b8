package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.TaskState;
import dev.sfntest.data.ErrorNames;
import dev.sfntest.data.StatesException;
import dev.sfntest.engine.TaskInvocation;
import dev.sfntest.engine.TaskOutcome;
import dev.sfntest.history.EventDetails;
import dev.sfntest.history.HistoryEventType;

/** Task states: Parameters, the handler's outcome in virtual time, ResultSelector, Retry and Catch. */
final class TaskRunner {
    private final ExecutionRun run;

    TaskRunner(ExecutionRun run) {
        this.run = run;
    }

    Step start(StateVisit visit, TaskState task) {
        JsonNode effective = visit.isJsonata() ? visit.rawInput : visit.effectiveInput();
        return attempt(visit, task, effective);
    }

    private Step attempt(StateVisit visit, TaskState task, JsonNode effective) {
        JsonNode parameters;
        try {
            parameters = taskInput(visit, task, effective);
        } catch (StatesException e) {
            return failed(visit, task, effective, e);
        }
        Resources resource = Resources.describe(task.resource());
        Long timeout = timeoutSeconds(visit, task, effective);
        recordScheduled(visit, resource, parameters, timeout);
        TaskInvocation invocation = new TaskInvocation(task.name(), task.resource(), parameters,
                run.nextInvocation(task.name()), visit.retryCount, run.history().instant(),
                visit.data(parameters).context());
        TaskOutcome outcome = run.dispatch(invocation);
        long durationMillis = outcome.duration().toMillis();
        if (timeout != null && durationMillis > timeout * 1000) {
            visit.fiber.resumeAt(run.agenda().now() + timeout * 1000, () -> timedOut(visit, task, resource, effective));
            return Step.SUSPENDED;
        }
        if (durationMillis > 0) {
            visit.fiber.resumeAt(run.agenda().now() + durationMillis,
                    () -> complete(visit, task, resource, effective, outcome));
            return Step.SUSPENDED;
        }
        return complete(visit, task, resource, effective, outcome);
    }

    private static JsonNode taskInput(StateVisit visit, TaskState task, JsonNode effective) {
        if (visit.isJsonata()) {
            JsonNode arguments = visit.jsonata("/Arguments", "Arguments", null);
            return arguments != null ? arguments : effective;
        }
        return task.parameters() != null ? visit.evaluate(task.parameters(), effective) : effective;
    }

    private Long timeoutSeconds(StateVisit visit, TaskState task, JsonNode effective) {
        if (visit.isJsonata()) {
            JsonNode timeout = visit.jsonata("/TimeoutSeconds", "TimeoutSeconds", null);
            if (timeout != null && (!timeout.isIntegralNumber() || timeout.longValue() <= 0)) {
                throw visit.failure(ErrorNames.QUERY_EVALUATION_ERROR, "The TimeoutSeconds field must be a positive "
                        + "integer, but was: " + dev.sfntest.data.Json.write(timeout));
            }
            return timeout == null ? null : timeout.longValue();
        }
        if (task.timeoutSeconds() != null && task.timeoutSeconds().isNumber()) {
            return task.timeoutSeconds().longValue();
        }
        if (task.timeoutSecondsPath() != null) {
            try {
                JsonNode value = task.timeoutSecondsPath().read(visit.data(effective));
                if (value.isIntegralNumber() && value.longValue() > 0) {
                    return value.longValue();
                }
                throw visit.runtimeError("The TimeoutSecondsPath field refers to value \"" + value.asText()
                        + "\" which is not a valid integer: " + task.timeoutSecondsPath().text());
            } catch (dev.sfntest.data.PathException e) {
                throw visit.runtimeError("Invalid path '" + task.timeoutSecondsPath().text() + "' : " + e.getMessage());
            }
        }
        if (task.heartbeatSecondsPath() != null) {
            try {
                task.heartbeatSecondsPath().read(visit.data(effective));
            } catch (dev.sfntest.data.PathException e) {
                throw visit.runtimeError("Invalid path '" + task.heartbeatSecondsPath().text() + "' : "
                        + e.getMessage());
            }
        }
        return null;
    }

    private void recordScheduled(StateVisit visit, Resources resource, JsonNode parameters, Long timeout) {
        switch (resource.kind()) {
            case LAMBDA_FUNCTION -> {
                visit.record(HistoryEventType.LambdaFunctionScheduled,
                        new EventDetails.Scheduled(resource.resource(), parameters, timeout, null));
                visit.record(HistoryEventType.LambdaFunctionStarted, new EventDetails.None());
            }
            case ACTIVITY -> {
                visit.record(HistoryEventType.ActivityScheduled,
                        new EventDetails.Scheduled(resource.resource(), parameters, timeout, null));
                visit.record(HistoryEventType.ActivityStarted, new EventDetails.None());
            }
            case SERVICE -> {
                visit.record(HistoryEventType.TaskScheduled, new EventDetails.TaskScheduled(resource.resourceType(),
                        resource.resource(), ContextObject.REGION, parameters, timeout, null));
                visit.record(HistoryEventType.TaskStarted,
                        new EventDetails.TaskStarted(resource.resourceType(), resource.resource()));
            }
        }
    }

    private Step complete(StateVisit visit, TaskState task, Resources resource, JsonNode effective,
            TaskOutcome outcome) {
        if (outcome instanceof TaskOutcome.Failure failure) {
            StatesException error = new StatesException(failure.error(), failure.cause());
            recordFailure(visit, resource, error, false);
            return recover(visit, task, effective, error);
        }
        JsonNode result = ((TaskOutcome.Success) outcome).result();
        if (PayloadLimit.exceeds(result)) {
            StatesException error = new StatesException(ErrorNames.DATA_LIMIT_EXCEEDED, "The state/task '"
                    + resource.resourceType() + "' returned a result with a size exceeding the maximum number of "
                    + "bytes service limit.");
            recordFailure(visit, resource, error, false);
            return recover(visit, task, effective, error);
        }
        switch (resource.kind()) {
            case LAMBDA_FUNCTION -> visit.record(HistoryEventType.LambdaFunctionSucceeded,
                    new EventDetails.Output(result));
            case ACTIVITY -> visit.record(HistoryEventType.ActivitySucceeded, new EventDetails.Output(result));
            case SERVICE -> visit.record(HistoryEventType.TaskSucceeded,
                    new EventDetails.TaskSucceeded(resource.resourceType(), resource.resource(), result));
        }
        try {
            return ResultFlow.exit(visit, task.handling(), result);
        } catch (StatesException e) {
            return failed(visit, task, effective, e);
        }
    }

    private Step timedOut(StateVisit visit, TaskState task, Resources resource, JsonNode effective) {
        StatesException error = new StatesException(ErrorNames.TIMEOUT, null);
        recordFailure(visit, resource, error, true);
        return recover(visit, task, effective, error);
    }

    private void recordFailure(StateVisit visit, Resources resource, StatesException error, boolean timedOut) {
        switch (resource.kind()) {
            case LAMBDA_FUNCTION -> visit.record(timedOut ? HistoryEventType.LambdaFunctionTimedOut
                    : HistoryEventType.LambdaFunctionFailed, new EventDetails.Failure(error.error(), error.cause()));
            case ACTIVITY -> visit.record(timedOut ? HistoryEventType.ActivityTimedOut
                    : HistoryEventType.ActivityFailed, new EventDetails.Failure(error.error(), error.cause()));
            case SERVICE -> visit.record(timedOut ? HistoryEventType.TaskTimedOut : HistoryEventType.TaskFailed,
                    new EventDetails.TaskFailed(resource.resourceType(), resource.resource(), error.error(),
                            error.cause()));
        }
    }

    /** A failure raised by the state's own data flow: runtime errors end the execution. */
    private Step failed(StateVisit visit, TaskState task, JsonNode effective, StatesException error) {
        if (ErrorNames.RUNTIME.equals(error.error())) {
            return new Step.Failed(error, true);
        }
        return recover(visit, task, effective, error);
    }

    private Step recover(StateVisit visit, TaskState task, JsonNode effective, StatesException error) {
        return ErrorRecovery.recover(visit, task.handling(), error, () -> attempt(visit, task, effective));
    }
}
