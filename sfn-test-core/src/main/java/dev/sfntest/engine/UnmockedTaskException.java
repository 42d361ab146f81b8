package dev.sfntest.engine;

/**
 * A Task ran that no handler answers: a test set-up mistake, not an AWS error, so it stops the
 * run instead of failing the execution. The message names the state, the resource, the attempt
 * and the input.
 */
public class UnmockedTaskException extends RuntimeException {
    /** @param message what ran unanswered, and how to answer it */
    public UnmockedTaskException(String message) {
        super(message, null, false, false);
    }
}
