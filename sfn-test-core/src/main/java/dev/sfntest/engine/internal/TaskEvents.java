package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.StatesException;
import dev.sfntest.data.Json;
import dev.sfntest.history.EventDetails;
import dev.sfntest.history.HistoryEventType;

/** The history events of a task's life, in the family its resource calls for. */
final class TaskEvents {
    private TaskEvents() {
    }

    static void scheduled(StateVisit visit, Resources resource, JsonNode input, TaskLimits limits) {
        switch (resource.kind()) {
            case LAMBDA_FUNCTION -> visit.record(HistoryEventType.LambdaFunctionScheduled, new EventDetails.Scheduled(
                    resource.resource(), input, limits.timeoutSeconds(), null));
            case ACTIVITY -> visit.record(HistoryEventType.ActivityScheduled, new EventDetails.Scheduled(
                    resource.resource(), input, limits.timeoutSeconds(), limits.heartbeatSeconds()));
            case SERVICE -> visit.record(HistoryEventType.TaskScheduled, new EventDetails.TaskScheduled(
                    resource.resourceType(), resource.resource(), visit.run().settings().region(), input,
                    limits.timeoutSeconds(), limits.heartbeatSeconds()));
        }
    }

    /** The task started; an activity records its worker's name. */
    static void started(StateVisit visit, Resources resource, String workerName) {
        started(visit, resource, workerName, resource.isCallback() ? Json.emptyObject() : null);
    }

    /**
     * The task started and, for a callback or a job-run ({@code .sync}) integration, was submitted
     * with the service's answer {@code submitted} ({@code null}: no TaskSubmitted event).
     */
    static void started(StateVisit visit, Resources resource, String workerName, JsonNode submitted) {
        switch (resource.kind()) {
            case LAMBDA_FUNCTION -> visit.record(HistoryEventType.LambdaFunctionStarted, new EventDetails.None());
            case ACTIVITY -> visit.record(HistoryEventType.ActivityStarted,
                    new EventDetails.ActivityStarted(workerName));
            case SERVICE -> {
                visit.record(HistoryEventType.TaskStarted,
                        new EventDetails.TaskStarted(resource.resourceType(), resource.resource()));
                if (submitted != null) {
                    visit.record(HistoryEventType.TaskSubmitted, new EventDetails.TaskSucceeded(
                            resource.resourceType(), resource.resource(), submitted));
                }
            }
        }
    }

    static void succeeded(StateVisit visit, Resources resource, JsonNode result) {
        switch (resource.kind()) {
            case LAMBDA_FUNCTION -> visit.record(HistoryEventType.LambdaFunctionSucceeded,
                    new EventDetails.Output(result));
            case ACTIVITY -> visit.record(HistoryEventType.ActivitySucceeded, new EventDetails.Output(result));
            case SERVICE -> visit.record(HistoryEventType.TaskSucceeded,
                    new EventDetails.TaskSucceeded(resource.resourceType(), resource.resource(), result));
        }
    }

    static void failed(StateVisit visit, Resources resource, StatesException error, boolean timedOut) {
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
}
