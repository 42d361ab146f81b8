package dev.sfntest.teststate.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.StatesException;

/**
 * The request's {@code mock}, parsed: a result, an error, or nothing.
 *
 * @param value the mocked result, or {@code null}
 * @param error the mocked error name when an error is mocked, else {@code null}
 * @param cause the mocked error's cause, or {@code null}
 * @param isError whether an error is mocked
 */
record MockedOutcome(JsonNode value, String error, String cause, boolean isError) {
    static final MockedOutcome NONE = new MockedOutcome(null, null, null, false);

    boolean isMocked() {
        return value != null || isError;
    }

    /** The mocked result; the mocked error is thrown. */
    JsonNode result() {
        if (isError) {
            throw new StatesException(error, cause);
        }
        return value;
    }
}
