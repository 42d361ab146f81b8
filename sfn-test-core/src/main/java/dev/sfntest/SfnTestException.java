package dev.sfntest;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The base type of every exception sfn-test throws for a problem it found: an invalid definition,
 * template or mock, a request or mocked result AWS would refuse, a Task nobody answers, a bad
 * path. Catch it to handle all of them; catch a subclass for one kind. All are unchecked.
 */
@API(status = STABLE)
public class SfnTestException extends RuntimeException {

    /** @param message what went wrong, and where */
    public SfnTestException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, and where
     * @param cause the underlying failure, or {@code null}
     */
    public SfnTestException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * For exceptions that are reports rather than crashes (no stack trace is worth keeping).
     *
     * @param message what went wrong, and where
     * @param cause the underlying failure, or {@code null}
     * @param enableSuppression whether suppressed exceptions are recorded
     * @param writableStackTrace whether the stack trace is filled in
     */
    protected SfnTestException(String message, Throwable cause, boolean enableSuppression,
            boolean writableStackTrace) {
        super(message, cause, enableSuppression, writableStackTrace);
    }
}
