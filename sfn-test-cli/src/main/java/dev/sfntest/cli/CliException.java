package dev.sfntest.cli;

/**
 * Stops a subcommand with an exit code; the message, when there is one, goes to standard error.
 * A user mistake, never printed with a stack trace.
 */
final class CliException extends RuntimeException {
    private final int exitCode;

    private CliException(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    /** A usage error (exit 2) with its message. */
    static CliException usage(String message) {
        return new CliException(SfnTestCli.USAGE, message);
    }

    /** Stops with an exit code after the problem was already reported. */
    static CliException reported(int exitCode) {
        return new CliException(exitCode, null);
    }

    int exitCode() {
        return exitCode;
    }
}
