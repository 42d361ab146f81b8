package dev.sfntest.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.sfntest.SfnTestException;
import org.apiguardian.api.API;

/**
 * A task handler (a mock) returned a result that does not fit the response shape of the API
 * operation its Task calls, under the run's {@code fieldValidationMode}: a test set-up mistake, so
 * it stops the run. The message is AWS TestState's ({@code Mock result schema validation error:
 * Field 'StatusCode' must be a number}) followed by the state, the attempt, the JSON Pointer in
 * the result and what the model expects there.
 */
@API(status = EXPERIMENTAL)
public class MockedResultException extends SfnTestException {
    /** @param message AWS's wording, then where and what the model expects */
    public MockedResultException(String message) {
        super(message, null, false, false);
    }
}
