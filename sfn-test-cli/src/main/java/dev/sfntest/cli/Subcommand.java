package dev.sfntest.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The funnel every subcommand runs through: a {@link CliException} becomes its message and exit
 * code, anything else an "internal error" line (exit 3); never a stack trace.
 */
abstract class Subcommand implements Callable<Integer> {
    CommandSpec spec;

    /** Keeps {@code @FILE} arguments as they are, also when this command is the top-level one. */
    @Spec
    void spec(CommandSpec value) {
        this.spec = value;
        value.parser().expandAtFiles(false);
    }

    @Override
    public final Integer call() {
        return run(Output.of(spec));
    }

    /** Runs the subcommand through the funnel with the given streams. */
    final int run(Output output) {
        try {
            return execute(output);
        } catch (CliException e) {
            if (e.getMessage() != null) {
                output.error(e.getMessage());
            }
            return e.exitCode();
        } catch (RuntimeException | StackOverflowError e) {
            output.error("internal error: " + e + " (please report it with the command line and files)");
            return SfnTest.INTERNAL;
        }
    }

    /** The subcommand's work; returns the exit code. */
    abstract int execute(Output output);
}
