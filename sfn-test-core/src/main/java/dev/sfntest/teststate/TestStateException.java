package dev.sfntest.teststate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.sfntest.SfnTestException;
import org.apiguardian.api.API;

/**
 * AWS rejected the TestState call: the error code AWS answers ({@code ValidationException},
 * {@code InvalidDefinition}) and its message, word for word where the recorded calls pin it down.
 *
 * <pre>{@code
 * try {
 *     TestStates.run(request);
 * } catch (TestStateException e) {
 *     e.code();      // "ValidationException"
 *     e.getMessage(); // "State not found in definition"
 * }
 * }</pre>
 *
 * <p>A rejected call is a set-up problem, not a state failure: a state that fails answers a
 * {@link TestStateResponse} with {@link TestStateStatus#FAILED} instead.
 */
@API(status = EXPERIMENTAL)
public class TestStateException extends SfnTestException {
    /** AWS's error code for a request that breaks a rule of the API. */
    public static final String VALIDATION_EXCEPTION = "ValidationException";
    /** AWS's error code for a definition that is not valid Amazon States Language. */
    public static final String INVALID_DEFINITION = "InvalidDefinition";

    private final String code;

    /**
     * @param code AWS's error code, the {@code __type} of its error response
     * @param message AWS's message
     */
    public TestStateException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** AWS's error code: {@link #VALIDATION_EXCEPTION} or {@link #INVALID_DEFINITION}. */
    public String code() {
        return code;
    }

    /** A {@code ValidationException} with {@code message}. */
    public static TestStateException validation(String message) {
        return new TestStateException(VALIDATION_EXCEPTION, message);
    }

    /** An {@code InvalidDefinition} with {@code message}. */
    public static TestStateException invalidDefinition(String message) {
        return new TestStateException(INVALID_DEFINITION, message);
    }
}
