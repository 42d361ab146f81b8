package dev.sfntest.engine;

import static org.apiguardian.api.API.Status.STABLE;

import dev.sfntest.SfnTestException;
import org.apiguardian.api.API;

/**
 * A Task ran that no handler answers: a test set-up mistake, not an AWS error, so it stops the
 * run instead of failing the execution. The message names the state, the resource, the attempt
 * and the input.
 */
@API(status = STABLE)
public class UnmockedTaskException extends SfnTestException {
    /** How the closing hint of a report starts. */
    private static final String HINT = "\n  Mock it";

    private final String stateName;
    private final int attempt;

    /** @param message what ran unanswered, and how to answer it */
    public UnmockedTaskException(String message) {
        this(message, null, -1);
    }

    /**
     * @param message what ran unanswered, and how to answer it
     * @param stateName the Task state, or {@code null} when unknown
     * @param attempt the 0-based attempt, or -1 when unknown
     */
    public UnmockedTaskException(String message, String stateName, int attempt) {
        super(message, null, false, false);
        this.stateName = stateName;
        this.attempt = attempt;
    }

    /**
     * The same report with its closing hint, the line that starts with {@code "  Mock it"}, replaced
     * by {@code hint}: a caller that reads mocks from a file tells how to mock the state there.
     *
     * @param hint the new last line, without indentation
     */
    public UnmockedTaskException withHint(String hint) {
        String message = getMessage();
        int cut = message.lastIndexOf(HINT);
        String kept = cut < 0 ? message : message.substring(0, cut);
        return new UnmockedTaskException(kept + "\n  " + hint, stateName, attempt);
    }

    /** The Task state no handler answered, or {@code null} when unknown. */
    public String stateName() {
        return stateName;
    }

    /** The 0-based attempt no handler answered, or -1 when unknown. */
    public int attempt() {
        return attempt;
    }
}
