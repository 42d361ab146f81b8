package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.StatesException;

/** What a fiber does next after a state has run (or a suspended state resumed). */
sealed interface Step {
    /** Go to {@code next} with {@code input}. */
    record Transition(String next, JsonNode input) implements Step {
    }

    /** The fiber's graph ended with {@code output}. */
    record Finished(JsonNode output) implements Step {
    }

    /**
     * The fiber failed.
     *
     * @param error the error
     * @param terminal whether no Retry or Catch may handle it ({@code States.Runtime} and the
     *     engine's own limits)
     */
    record Failed(StatesException error, boolean terminal) implements Step {
    }

    /** The state waits for an agenda event; whoever resumes the fiber supplies the next step. */
    record Suspended() implements Step {
    }

    /** The single suspended step. */
    Step SUSPENDED = new Suspended();
}
