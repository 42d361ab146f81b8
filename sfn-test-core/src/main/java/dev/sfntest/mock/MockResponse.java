package dev.sfntest.mock;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.TaskOutcome;
import dev.sfntest.service.FieldValidationMode;
import org.apiguardian.api.API;

/**
 * One scripted response of AWS Step Functions Local's {@code MockedResponses}: {@code Return} a
 * value or {@code Throw} an error.
 */
@API(status = STABLE)
public sealed interface MockResponse {

    /** The engine's outcome for this response. */
    TaskOutcome outcome();

    /**
     * {@code {"Return": value}}, optionally with {@code "FieldValidationMode": "PRESENT"} (an
     * sfn-test addition, as AWS TestState's {@code mock.fieldValidationMode}).
     *
     * @param value the raw task result
     * @param fieldValidationMode how the result is checked against the API model, {@code null} for the run's mode
     */
    record Return(JsonNode value, FieldValidationMode fieldValidationMode) implements MockResponse {
        /** A response checked in the run's mode. */
        public Return(JsonNode value) {
            this(value, null);
        }

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
