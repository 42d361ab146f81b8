package dev.sfntest.teststate.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.StatesException;
import dev.sfntest.teststate.TestStateStatus;

/**
 * How the tested state ended, before the inspection data is attached.
 *
 * @param status the status
 * @param output the output (SUCCEEDED, CAUGHT_ERROR), or {@code null}
 * @param error the error, or {@code null}
 * @param cause the cause, or {@code null}
 * @param nextState the next state, or {@code null}
 */
record Ending(TestStateStatus status, JsonNode output, String error, String cause, String nextState) {

    static Ending succeeded(JsonNode output, String next) {
        return new Ending(TestStateStatus.SUCCEEDED, output, null, null, next);
    }

    static Ending failed(StatesException error) {
        return new Ending(TestStateStatus.FAILED, null, error.error(), error.cause(), null);
    }
}
