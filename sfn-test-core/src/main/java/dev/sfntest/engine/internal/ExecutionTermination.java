package dev.sfntest.engine.internal;

/**
 * Ends the whole execution at once, whatever fibers are running: a limit the engine enforces
 * (history events, transitions, payload size). Never caught by Retry or Catch.
 */
final class ExecutionTermination extends RuntimeException {
    private final String error;
    private final String cause;

    ExecutionTermination(String error, String cause) {
        super(cause, null, false, false);
        this.error = error;
        this.cause = cause;
    }

    String error() {
        return error;
    }

    String cause() {
        return cause;
    }
}
