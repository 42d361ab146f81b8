package dev.sfntest.property.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.Catcher;
import dev.sfntest.asl.QueryLanguage;
import dev.sfntest.asl.TaskState;
import dev.sfntest.data.Json;
import dev.sfntest.data.CompiledPath;
import dev.sfntest.history.EventDetails;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.HistoryEvent;
import dev.sfntest.history.HistoryEventType;

/**
 * Checks, from the history, that every Task error no retrier takes again goes where its first
 * matching catcher says, with {@code {"Error", "Cause"}} at the catcher's ResultPath, and that an
 * error no catcher matches is not caught.
 */
public final class CatchRouting {
    private CatchRouting() {
    }

    /** The first misrouted error, or {@code null}. */
    public static String violation(StateIndex states, ExecutionResult result) {
        return HistoryIndex.firstTaskViolation(states, result.history(), CatchRouting::visit);
    }

    private static String visit(HistoryIndex history, TaskState task, HistoryEvent entered) {
        for (HistoryEvent event = history.next(entered); event != null; event = history.next(event)) {
            if (event.type() == HistoryEventType.TaskStateExited) {
                return null;
            }
            HistoryEvent after = history.next(event);
            if (HistoryIndex.isAborted(after)) {
                return null;
            }
            if (HistoryIndex.FAILED.contains(event.type())
                    && (after == null || !HistoryIndex.SCHEDULED.contains(after.type()))) {
                return finalFailure(history, task, event, after);
            }
        }
        return null;
    }

    private static String finalFailure(HistoryIndex history, TaskState task, HistoryEvent failed, HistoryEvent after) {
        String error = HistoryIndex.error(failed);
        int index = ErrorMatching.catcher(task.handling(), error, history.isHeartbeatTimeout(failed));
        boolean exited = after != null && after.type() == HistoryEventType.TaskStateExited;
        if (index < 0) {
            return exited ? error + " raised by " + task.name() + " was caught, but no catcher matches it" : null;
        }
        Catcher catcher = task.handling().catchers().get(index);
        if (!exited) {
            return error + " raised by " + task.name() + " was not caught, but Catch[" + index + "] matches it";
        }
        EventDetails.StateEntered next = HistoryIndex.entered(history.next(after));
        if (next == null || !next.name().equals(catcher.next())) {
            return error + " raised by " + task.name() + " went to " + (next == null ? "no state" : next.name())
                    + " instead of " + catcher.next() + " (Catch[" + index + "])";
        }
        if (catcher.resultPath() == null || task.common().queryLanguage() == QueryLanguage.JSONATA) {
            return null;
        }
        return errorOutput(task, index, catcher, next.input(), error, HistoryIndex.cause(failed));
    }

    private static String errorOutput(TaskState task, int index, Catcher catcher, JsonNode input, String error,
            String cause) {
        JsonNode placed;
        try {
            placed = CompiledPath.compile(catcher.resultPath().text()).read(input);
        } catch (RuntimeException missing) {
            placed = null;
        }
        boolean ok = placed != null && error.equals(placed.path("Error").asText(null))
                && (cause == null || cause.equals(placed.path("Cause").asText(null)));
        if (ok) {
            return null;
        }
        return catcher.next() + " did not receive {\"Error\": \"" + error + "\", ...} at "
                + catcher.resultPath().text() + " from " + task.name() + " (Catch[" + index + "]); its input was "
                + Json.write(input);
    }
}
