package dev.sfntest.cli;

import java.io.InputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The funnel every subcommand runs through: a {@link CliException} becomes its message and exit
 * code, a full heap or stack a message and exit 4, a failed write to standard output exit 5,
 * anything else an "internal error" line (exit 3); never a stack trace.
 */
abstract class Subcommand implements Callable<Integer> {
    static final String OUT_OF_MEMORY = "out of memory: the Java heap is full; give it more with "
            + "SFN_TEST_JAVA_OPTS=-Xmx4g (bin/sfn-test) or java -Xmx4g";
    static final String OUT_OF_STACK = "out of stack: a structure nests too deeply; give the stack more with "
            + "SFN_TEST_JAVA_OPTS=-Xss64m (bin/sfn-test) or java -Xss64m";

    CommandSpec spec;
    /** Standard input, for {@code --input -}. */
    InputStream stdin = System.in;

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
        int exit;
        try {
            exit = execute(output);
        } catch (CliException e) {
            if (e.getMessage() != null) {
                output.error(e.getMessage());
            }
            exit = e.exitCode();
        } catch (OutOfMemoryError e) {
            output.error(OUT_OF_MEMORY);
            return SfnTestCli.OUT_OF_MEMORY;
        } catch (StackOverflowError e) {
            output.error(OUT_OF_STACK);
            return SfnTestCli.OUT_OF_MEMORY;
        } catch (RuntimeException e) {
            output.error("internal error: " + e + " (please report it with the command line and files)");
            exit = SfnTestCli.INTERNAL;
        }
        if (output.outputFailed()) {
            output.error("cannot write to standard output (a closed pipe or a full disk?); the results are incomplete");
            return SfnTestCli.OUTPUT_FAILED;
        }
        return exit;
    }

    /** The subcommand's work; returns the exit code. */
    abstract int execute(Output output);
}
