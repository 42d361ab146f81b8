package dev.sfntest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.history.EventDetails;
import dev.sfntest.history.HistoryEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * How a history tells of a state's failure, for the report's paths and the assertions alike: which
 * events are failures, the error each names, and the error output a Catch wrote.
 */
public final class FailureEvents {
    private FailureEvents() {
    }

    /** Whether a state's attempt failed here: a task, a Parallel or Map state, or an expression. */
    public static boolean isFailure(HistoryEvent event) {
        String name = event.type().name();
        return !name.startsWith("Execution") && !name.startsWith("MapIteration") && !name.startsWith("MapRun")
                && (name.endsWith("Failed") || name.endsWith("TimedOut"));
    }

    /** The error a failure event names ({@code TaskFailed}, ...), or {@code null} (Parallel and Map failures name none). */
    public static String error(HistoryEvent event) {
        if (event.details() instanceof EventDetails.TaskFailed failed) {
            return failed.error();
        }
        if (event.details() instanceof EventDetails.Failure failure && !event.type().name().startsWith("Execution")) {
            return failure.error();
        }
        if (event.details() instanceof EventDetails.EvaluationFailed failed) {
            return failed.error();
        }
        return null;
    }

    /**
     * The {@code Error} of the error output ({@code {"Error": ..., "Cause": ...}}) a Catch wrote into
     * {@code output}: the output itself, else the last one found (a {@code ResultPath} adds its field
     * after the input's own); {@code null} when there is none.
     */
    public static String errorOutputIn(JsonNode output) {
        if (output == null || !output.isContainerNode()) {
            return null;
        }
        if (output.path("Error").isTextual() && output.has("Cause")) {
            return output.path("Error").textValue();
        }
        List<JsonNode> children = new ArrayList<>();
        output.forEach(children::add);
        for (int i = children.size() - 1; i >= 0; i--) {
            String found = errorOutputIn(children.get(i));
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
