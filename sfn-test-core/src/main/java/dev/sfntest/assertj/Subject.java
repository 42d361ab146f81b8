package dev.sfntest.assertj;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.history.EventDetails;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.ExecutionStatus;
import dev.sfntest.history.HistoryEvent;
import dev.sfntest.history.HistoryEventType;
import dev.sfntest.report.ExecutionPath;
import java.time.Instant;
import java.util.List;

/**
 * What an assertion looks at: a whole execution, or one Map iteration or Parallel branch of it.
 *
 * @param name how messages name it ({@code the execution}, {@code iteration 1 of the Map state 'M'})
 * @param result the whole execution
 * @param path the path of the execution or of the view
 * @param status how it ended
 * @param output its output, or {@code null}
 * @param error its error, or {@code null}
 * @param cause its cause, or {@code null}
 * @param start when it started
 * @param stop when it stopped
 */
record Subject(String name, ExecutionResult result, ExecutionPath path, ExecutionStatus status, JsonNode output,
        String error, String cause, Instant start, Instant stop) {

    static Subject of(ExecutionResult result) {
        return new Subject("the execution", result, ExecutionPath.of(result), result.status(), result.output(),
                result.error(), result.cause(), result.startDate(), result.stopDate());
    }

    /** A view that does not exist (an iteration or branch that did not run): every check on it fails. */
    static Subject missing(Subject of, String viewName) {
        return new Subject(viewName, of.result, ExecutionPath.of(List.of()), null, null, null, null, of.start,
                of.start);
    }

    /** A view of some events of the same execution. */
    Subject view(String viewName, ExecutionPath view) {
        List<HistoryEvent> events = view.events();
        HistoryEvent last = events.get(events.size() - 1);
        ExecutionStatus viewStatus;
        if (last.type() == HistoryEventType.MapIterationFailed) {
            viewStatus = ExecutionStatus.FAILED;
        } else if (last.type() == HistoryEventType.MapIterationAborted) {
            viewStatus = ExecutionStatus.ABORTED;
        } else if (last.type() == HistoryEventType.MapIterationSucceeded || last.details() instanceof
                EventDetails.StateExited) {
            viewStatus = ExecutionStatus.SUCCEEDED;
        } else {
            viewStatus = ExecutionStatus.FAILED;
        }
        JsonNode viewOutput = null;
        String viewError = null;
        String viewCause = null;
        for (HistoryEvent event : events) {
            if (event.details() instanceof EventDetails.StateExited exited) {
                viewOutput = exited.output();
            } else if (event.details() instanceof EventDetails.TaskFailed f) {
                viewError = f.error();
                viewCause = f.cause();
            } else if (event.details() instanceof EventDetails.Failure f) {
                viewError = f.error();
                viewCause = f.cause();
            } else if (event.details() instanceof EventDetails.EvaluationFailed f) {
                viewError = f.error();
                viewCause = f.cause();
            }
        }
        return new Subject(viewName, result, view, viewStatus,
                viewStatus == ExecutionStatus.SUCCEEDED ? viewOutput : null,
                viewStatus == ExecutionStatus.SUCCEEDED ? null : viewError,
                viewStatus == ExecutionStatus.SUCCEEDED ? null : viewCause,
                events.get(0).timestamp(), last.timestamp());
    }
}
