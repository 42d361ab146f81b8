package dev.sfntest.engine;

import dev.sfntest.SfnTestException;

/**
 * A Task ran that no handler answers: a test set-up mistake, not an AWS error, so it stops the
 * run instead of failing the execution. The message names the state, the resource, the attempt
 * and the input.
 */
public class UnmockedTaskException extends SfnTestException {
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

    /** The Task state no handler answered, or {@code null} when unknown. */
    public String stateName() {
        return stateName;
    }

    /** The 0-based attempt no handler answered, or -1 when unknown. */
    public int attempt() {
        return attempt;
    }
}
