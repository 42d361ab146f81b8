package dev.sfntest.assertj;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.Catcher;
import dev.sfntest.asl.FailState;
import dev.sfntest.asl.FieldValue;
import dev.sfntest.asl.State;
import dev.sfntest.history.EventDetails;
import dev.sfntest.history.HistoryEvent;
import dev.sfntest.history.HistoryEventType;
import dev.sfntest.internal.FailureEvents;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The errors a Catch answered, with the error of a caught Parallel or Map state read where AWS
 * records it: AWS's {@code ParallelStateFailed} and {@code MapStateFailed} name no error, so it is
 * read from the error output the Catch wrote (at the catcher's {@code ResultPath} of the state's
 * exit), else from the failing branch or iteration (its failed task, or the {@code Error} of the
 * Fail state it ended in).
 */
final class CaughtErrors {
    private static final int MAX_WALK = 50;

    private CaughtErrors() {
    }

    /**
     * A Catch that answered an error.
     *
     * @param state the state whose error was caught
     * @param error the error, or {@code null} when the history does not tell
     * @param next the state the Catch went on to
     */
    record Caught(String state, String error, String next) {
        @Override
        public String toString() {
            return error + " in " + state + " → " + next;
        }
    }

    static List<Caught> of(List<HistoryEvent> events, List<HistoryEvent> history, StateNameCheck names) {
        Map<Long, HistoryEvent> byId = new HashMap<>();
        history.forEach(e -> byId.put(e.id(), e));
        List<Caught> caught = new ArrayList<>();
        for (HistoryEvent event : events) {
            if (!(event.details() instanceof EventDetails.StateEntered entered)) {
                continue;
            }
            HistoryEvent exited = byId.get(event.previousEventId());
            if (exited == null || !(exited.details() instanceof EventDetails.StateExited exit)) {
                continue;
            }
            HistoryEvent failure = byId.get(exited.previousEventId());
            if (failure == null || !FailureEvents.isFailure(failure)) {
                continue;
            }
            String error = FailureEvents.error(failure);
            if (error == null) {
                error = fromResultPath(names.state(exit.name()), entered.name(), exit.output());
            }
            if (error == null) {
                error = fromFailedRun(failure, byId, names);
            }
            if (error == null) {
                error = FailureEvents.errorOutputIn(exit.output());
            }
            caught.add(new Caught(exit.name(), error, entered.name()));
        }
        return caught;
    }

    /** The {@code Error} field of the error output a JSONPath catcher going to {@code next} placed in {@code output}. */
    private static String fromResultPath(State state, String next, JsonNode output) {
        if (state == null || state.handling() == null || output == null) {
            return null;
        }
        for (Catcher catcher : state.handling().catchers()) {
            if (catcher.next().equals(next) && catcher.resultPath() != null && catcher.output() == null) {
                JsonNode errorOutput = JsonMatch.at(output, catcher.resultPath().text());
                if (errorOutput != null && errorOutput.path("Error").isTextual()) {
                    return errorOutput.path("Error").textValue();
                }
            }
        }
        return null;
    }

    /** The error that ended the failed branch or iteration, walking back from the state's failure event. */
    private static String fromFailedRun(HistoryEvent failure, Map<Long, HistoryEvent> byId, StateNameCheck names) {
        int steps = 0;
        for (HistoryEvent at = byId.get(failure.previousEventId()); at != null && steps++ < MAX_WALK;
                at = byId.get(at.previousEventId())) {
            String error = FailureEvents.error(at);
            if (error != null) {
                return error;
            }
            if (at.type() == HistoryEventType.FailStateEntered
                    && names.state(((EventDetails.StateEntered) at.details()).name()) instanceof FailState fail
                    && fail.error() instanceof FieldValue.Literal literal && literal.value().isTextual()) {
                return literal.value().textValue();
            }
            if (at.details() instanceof EventDetails.StateExited || at.type() == HistoryEventType.MapIterationStarted) {
                return null;
            }
        }
        return null;
    }
}
