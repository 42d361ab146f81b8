package dev.sfntest.engine;

import static org.apiguardian.api.API.Status.STABLE;

import dev.sfntest.SfnTestException;
import org.apiguardian.api.API;

/**
 * A task token that cannot be used, with AWS's error code: {@code InvalidToken} for a token no
 * task ever had, {@code TaskTimedOut} for a task that already ended (completed, timed out or
 * aborted).
 *
 * <pre>{@code
 * assertThatThrownBy(() -> execution.sendTaskSuccess(token, output))
 *         .isInstanceOf(TaskTokenException.class)
 *         .hasMessage("TaskTimedOut: Task Timed Out: 'Provided task does not exist anymore'");
 * }</pre>
 */
@API(status = STABLE)
public class TaskTokenException extends SfnTestException {
    private final String code;

    /**
     * @param code AWS's error code
     * @param message AWS's message
     */
    public TaskTokenException(String code, String message) {
        super(code + ": " + message, null, false, false);
        this.code = code;
    }

    /** AWS's error code: {@code InvalidToken} or {@code TaskTimedOut}. */
    public String code() {
        return code;
    }
}
