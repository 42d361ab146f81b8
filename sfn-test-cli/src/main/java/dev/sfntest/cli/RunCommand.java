package dev.sfntest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.engine.Engine;
import dev.sfntest.engine.InvalidTaskRequestException;
import dev.sfntest.engine.MockedResultException;
import dev.sfntest.engine.StateMachineType;
import dev.sfntest.engine.UnmockedTaskException;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.HistoryJson;
import dev.sfntest.mock.InvalidMockException;
import dev.sfntest.mock.TaskMocks;
import dev.sfntest.service.FieldValidationMode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sfn-test run DEFINITION}: runs one execution on a virtual clock and prints
 * {@code {"status", "output", "error", "cause"}} (and {@code "history"} with {@code --history}) as
 * one JSON line. Exit 0 when it succeeded, 1 when it did not, 2 for a usage error, an invalid
 * definition, an unusable mock file or an unmocked Task.
 */
@Command(name = "run", sortOptions = false, mixinStandardHelpOptions = true, versionProvider = SfnTestCli.Version.class,
        description = "Runs the state machine once and prints {\"status\",\"output\",\"error\",\"cause\"} as one "
                + "JSON line.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:SUCCEEDED", "1:FAILED, TIMED_OUT or ABORTED",
            "2:usage error, invalid definition, unusable mock file or unmocked Task"})
final class RunCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "DEFINITION",
            description = "The definition, JSON or YAML; or a SAM/CloudFormation/CDK template, TEMPLATE#LogicalId.")
    Path definition;

    @Option(names = "--input", paramLabel = "JSON|@FILE", defaultValue = "{}",
            description = "The execution input: inline JSON, @FILE, or - for standard input "
                    + "(default: ${DEFAULT-VALUE}).")
    String input;

    @Option(names = "--mock-config", paramLabel = "FILE",
            description = "A Step Functions Local MockConfigFile answering the Task states.")
    Path mockConfig;

    @Option(names = "--test-case", paramLabel = "NAME", description = "The test case of the MockConfigFile.")
    String testCase;

    @Option(names = "--state-machine", paramLabel = "NAME",
            description = "The state machine's name in the MockConfigFile and the execution "
                    + "(default: the definition's file name without extensions).")
    String stateMachine;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0",
            description = "The seed of random choices and interleavings (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--type", paramLabel = "STANDARD|EXPRESS", defaultValue = "STANDARD",
            description = "The workflow type: STANDARD caps the history at 25,000 events, as AWS does; EXPRESS "
                    + "has no cap (default: ${DEFAULT-VALUE}).")
    StateMachineType type = StateMachineType.STANDARD;

    @Option(names = "--field-validation-mode", paramLabel = "STRICT|PRESENT|NONE", defaultValue = "STRICT",
            description = "How mocked results are checked against the AWS API models, as TestState's "
                    + "mock.fieldValidationMode (default: ${DEFAULT-VALUE}).")
    FieldValidationMode fieldValidationMode = FieldValidationMode.STRICT;

    @Option(names = "--history", description = "Adds the history, as GetExecutionHistory lists it.")
    boolean history;

    @Option(names = "--substitute", paramLabel = "Name=Value",
            description = "Replaces the placeholder $${Name} in the definition; repeatable.")
    Map<String, String> substitutions = new LinkedHashMap<>();

    @Override
    int execute(Output output) {
        if ((mockConfig == null) != (testCase == null)) {
            throw CliException.usage(mockConfig == null ? "--test-case needs --mock-config FILE"
                    : "--mock-config needs --test-case NAME");
        }
        JsonNode executionInput = CliFiles.jsonArgument("--input", input, stdin);
        StateMachine machine = CliFiles.loadDefinition(definition, substitutions, output);
        String baseName = TemplateArgument.of(definition).flatMap(TemplateArgument::stateMachineName)
                .orElseGet(() -> CliFiles.baseName(definition));
        Engine.Builder engine = Engine.builder()
                .seed(seed)
                .type(type)
                .fieldValidationMode(fieldValidationMode)
                .stateMachineName(stateMachine == null ? baseName : stateMachine);
        MockSelection selection = null;
        TaskMocks mocks = null;
        if (mockConfig != null) {
            selection = MockSelection.select(mockConfig, testCase, baseName, stateMachine);
            selection.responses().warnings(machine)
                    .forEach(warning -> output.error("warning: " + mockConfig + ": " + warning));
            mocks = selection.mocks();
            engine.taskHandler(mocks);
        }
        ExecutionResult result;
        try {
            result = engine.build().execute(machine, executionInput);
        } catch (MockedResultException | InvalidTaskRequestException | InvalidMockException e) {
            throw CliException.usage(e.getMessage());
        } catch (UnmockedTaskException e) {
            throw CliException.usage(selection == null ? e.getMessage()
                    : MockConfigHint.message(e, mockConfig, selection));
        }
        if (mocks != null) {
            mocks.unusedMocks().forEach(line -> output.error("warning: " + mockConfig + ": unused mock: " + line));
        }
        output.json(HistoryJson.result(result, history));
        return result.succeeded() ? SfnTestCli.OK : SfnTestCli.NOT_SUCCEEDED;
    }
}
