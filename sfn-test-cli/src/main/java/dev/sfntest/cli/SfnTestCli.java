package dev.sfntest.cli;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code sfn-test} command: runs, validates and draws AWS Step Functions definitions offline,
 * on a virtual clock.
 *
 * <pre>{@code
 * sfn-test run order.asl.json --input '{"orderId": 42}' --mock-config mocks.json --test-case HappyPath
 * sfn-test validate definitions/*.asl.json
 * sfn-test cases conformance/cases
 * sfn-test graph order.asl.json > order.mmd
 * sfn-test serve --port 8083 --mock-config MockConfigFile.json
 * }</pre>
 *
 * <p>Standard output carries only results (JSON lines or diagnostic lines); everything else goes
 * to standard error. Exit codes: {@value #OK} success, {@value #NOT_SUCCEEDED} the execution did
 * not succeed / a file has errors / a case could not be run, {@value #USAGE} a usage error or an
 * invalid definition, {@value #INTERNAL} an internal error (a bug in sfn-test), {@value #OUT_OF_MEMORY}
 * the Java heap or stack ran out, {@value #OUTPUT_FAILED} standard output could not be written.
 *
 * <p>In a program or a test, run it in-process:
 * <pre>{@code
 * int exit = new CommandLine(new SfnTestCli()).setOut(out).setErr(err).execute("validate", "order.asl.json");
 * }</pre>
 */
@Command(name = "sfn-test",
        mixinStandardHelpOptions = true,
        versionProvider = SfnTestCli.Version.class,
        description = "Runs, validates and draws AWS Step Functions state machines offline, on a virtual clock.",
        exitCodeOnInvalidInput = SfnTestCli.USAGE,
        exitCodeOnExecutionException = SfnTestCli.INTERNAL,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the execution did not succeed, a file has errors, or a case could not be run",
            "2:usage error or invalid definition",
            "3:internal error (a bug in sfn-test)",
            "4:out of memory or stack (raise them with SFN_TEST_JAVA_OPTS=-Xmx4g -Xss64m)",
            "5:standard output could not be written"},
        subcommands = {RunCommand.class, ValidateCommand.class, CasesCommand.class, GraphCommand.class, ServeCommand.class,
            CommandLine.HelpCommand.class})
@API(status = EXPERIMENTAL)
public final class SfnTestCli implements Runnable {
    /** Exit code: success. */
    public static final int OK = 0;
    /** Exit code: the execution did not succeed, a file has errors, or a case could not be run. */
    public static final int NOT_SUCCEEDED = 1;
    /** Exit code: a usage error or an invalid definition. */
    public static final int USAGE = 2;
    /** Exit code: an internal error. */
    public static final int INTERNAL = 3;
    /** Exit code: the Java heap (or stack) ran out. */
    public static final int OUT_OF_MEMORY = 4;
    /** Exit code: standard output could not be written (a closed pipe, a full disk). */
    public static final int OUTPUT_FAILED = 5;

    private CommandLine.Model.CommandSpec spec;

    /** Runs the command and exits with its exit code. */
    public static void main(String[] args) {
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            // JsonPath logs through SLF4J; without a provider SLF4J warns on stderr at every start.
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        Integer lean = LeanStart.run(args);
        System.exit(lean != null ? lean : new CommandLine(new SfnTestCli()).execute(args));
    }

    /** Keeps {@code @FILE} arguments as they are: {@code --input @FILE} reads the file itself. */
    @CommandLine.Spec
    void spec(CommandLine.Model.CommandSpec value) {
        this.spec = value;
        value.parser().expandAtFiles(false);
    }

    /** Without a subcommand: a usage error listing the subcommands. */
    @Override
    public void run() {
        throw Version.missingCommand(spec);
    }

    /** The version from the jar's manifest, or {@code dev} when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        /**
         * The usage error for a command line without a command. Built here, not in {@code SfnTestCli}:
         * a picocli exception class in {@code SfnTestCli}'s code would be loaded (from the jar: picocli's
         * classes cannot be archived) at every start, to check the class-data-sharing archive.
         */
        static RuntimeException missingCommand(CommandLine.Model.CommandSpec spec) {
            return new CommandLine.ParameterException(spec.commandLine(), "Missing a command: run, validate, cases, graph or serve");
        }

        @Override
        public String[] getVersion() {
            String version = SfnTestCli.class.getPackage().getImplementationVersion();
            return new String[] {"sfn-test " + (version == null ? "dev" : version)};
        }
    }
}
