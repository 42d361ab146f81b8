package dev.sfntest.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.TaskOutcome;

/**
 * One scripted response of AWS Step Functions Local's {@code MockedResponses}: {@code Return} a
 * value or {@code Throw} an error.
 */
public sealed interface MockResponse {

    /** The engine's outcome for this response. */
    TaskOutcome outcome();

    /**
     * {@code {"Return": value}}.
     *
     * @param value the raw task result
     */
    record Return(JsonNode value) implements MockResponse {
        @Override
        public TaskOutcome outcome() {
            return TaskOutcome.success(value);
        }
    }

    /**
     * {@code {"Throw": {"Error": ..., "Cause": ...}}}.
     *
     * @param error the error name
     * @param cause the cause, or {@code null}
     */
    record Throw(String error, String cause) implements MockResponse {
        @Override
        public TaskOutcome outcome() {
            return TaskOutcome.failure(error, cause);
        }
    }
}
