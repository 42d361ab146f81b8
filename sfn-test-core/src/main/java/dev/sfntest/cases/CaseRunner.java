package dev.sfntest.cases;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.InvalidDefinitionException;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.Json;
import dev.sfntest.engine.Engine;
import dev.sfntest.engine.InvalidTaskRequestException;
import dev.sfntest.engine.MockedResultException;
import dev.sfntest.engine.UnmockedTaskException;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.HistoryJson;
import dev.sfntest.mock.InvalidMockException;
import dev.sfntest.mock.MockedResponses;
import dev.sfntest.mock.TaskMocks;
import java.util.List;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Runs case files. A case that cannot be run (invalid definition or mocks, an unmocked task)
 * yields status {@code ERROR} with a message, never an exception.
 *
 * <pre>{@code
 * CaseResult result = CaseRunner.run(CaseFile.read(path));
 * String diff = result.differencesFrom(file.expected());
 * }</pre>
 */
@API(status = EXPERIMENTAL)
public final class CaseRunner {
    private CaseRunner() {
    }

    /**
     * The names every case runs under: no {@code -} in the state machine's name (a few recorded
     * definitions split {@code $$.StateMachine.Name} on it), neither name inside the other.
     */
    public static final RunNames NAMES = new RunNames("sfntest_case_machine", "sfntest_case_run");

    /**
     * Runs one case with seed 0 from the default start instant, and compares its history with the
     * case's {@code expected.history} when it has one.
     */
    public static CaseResult run(CaseFile file) {
        return run(file, warning -> { });
    }

    /**
     * Runs one case as {@link #run(CaseFile)} does, telling {@code warnings} of what is likely a
     * mistake but does not stop the case: mocks for a state the definition does not have (with the
     * closest name), and mocks not used up ({@code unused mock: TaskMock for state 'A': never
     * called}), as a strict JUnit test reports them. Mocks run as {@link TaskMocks}, so an
     * unmocked Task's message shows the closest mocks.
     */
    public static CaseResult run(CaseFile file, Consumer<String> warnings) {
        try {
            StateMachine machine = Definitions.build(file.definition());
            Engine.Builder engine = Engine.builder().type(file.type()).stateMachineName(NAMES.stateMachineName())
                    .executionName(NAMES.executionName());
            TaskMocks mocks = null;
            if (file.mocks() != null) {
                MockedResponses responses = MockedResponses.parse(file.mocks());
                responses.unknownStates(machine).forEach(warnings);
                mocks = TaskMocks.from(responses);
                engine.taskHandler(mocks);
            }
            ExecutionResult result;
            try {
                result = engine.build().execute(machine, file.input());
            } catch (UnmockedTaskException e) {
                throw e.stateName() == null ? e : e.withHint(hint(e));
            }
            if (mocks != null) {
                mocks.unusedMocks().forEach(line -> warnings.accept("unused mock: " + line));
            }
            JsonNode recorded = file.expected() == null ? null : file.expected().get("history");
            List<String> differences;
            try {
                differences = recorded == null || !recorded.isArray() ? List.of()
                        : RecordedHistory.differences(recorded, HistoryJson.events(result.history()), NAMES,
                                file.historyRules());
            } catch (IllegalArgumentException e) {
                return error(file.name(), "The case's history cannot be compared: " + e.getMessage());
            }
            return new CaseResult(file.name(), result.status().name(), result.output(), result.error(),
                    result.cause(), null, result.history(), differences);
        } catch (InvalidDefinitionException | InvalidMockException | UnmockedTaskException | MockedResultException
                | InvalidTaskRequestException e) {
            return error(file.name(), e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return error(file.name(), "Internal error: " + e);
        }
    }

    /** How to mock an unanswered state in a case file's {@code mocks}. */
    private static String hint(UnmockedTaskException e) {
        return "Mock it by state name, for example {" + Json.write(TextNode.valueOf(e.stateName())) + ": {\""
                + e.attempt() + "\": {\"Return\": {}}}}.";
    }

    /** The result of a case that could not be run. */
    public static CaseResult error(String name, String message) {
        return new CaseResult(name, "ERROR", null, null, null, message);
    }
}
