package dev.sfntest.data;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.sfntest.SfnTestException;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An error raised while a state runs, carrying AWS's error name and cause, exactly as Step
 * Functions reports them ({@code States.Runtime}, {@code States.TaskFailed}, a task's own error...).
 *
 * <pre>{@code
 * throw new StatesException(ErrorNames.INTRINSIC_FAILURE, "Invalid arguments in States.MathAdd");
 * }</pre>
 *
 * <p>It carries no stack trace: it is a value that travels through Retry and Catch, not a bug.
 */
@API(status = EXPERIMENTAL)
public class StatesException extends SfnTestException {
    private final String error;
    private final String cause;

    /**
     * @param error the error name, for example {@code States.Runtime}; {@code null} when AWS reports none
     * @param cause the cause text; {@code null} when AWS reports none
     */
    public StatesException(String error, String cause) {
        super(error + ": " + cause, null, false, false);
        this.error = error;
        this.cause = cause;
    }

    /** The error name, or {@code null} (a Fail state without Error). */
    public String error() {
        return error;
    }

    /** The cause text, or {@code null}. */
    public String cause() {
        return cause;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StatesException that
                && Objects.equals(error, that.error) && Objects.equals(cause, that.cause);
    }

    @Override
    public int hashCode() {
        return Objects.hash(error, cause);
    }
}
