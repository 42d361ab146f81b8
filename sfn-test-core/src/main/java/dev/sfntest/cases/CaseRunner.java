package dev.sfntest.cases;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.InvalidDefinitionException;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.engine.Engine;
import dev.sfntest.engine.InvalidTaskRequestException;
import dev.sfntest.engine.MockedResultException;
import dev.sfntest.engine.UnmockedTaskException;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.HistoryJson;
import dev.sfntest.mock.InvalidMockException;
import dev.sfntest.mock.MockedResponses;
import java.util.List;

/**
 * Runs case files. A case that cannot be run (invalid definition or mocks, an unmocked task)
 * yields status {@code ERROR} with a message, never an exception.
 *
 * <pre>{@code
 * CaseResult result = CaseRunner.run(CaseFile.read(path));
 * String diff = result.differencesFrom(file.expected());
 * }</pre>
 */
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
        try {
            StateMachine machine = Definitions.build(file.definition());
            Engine.Builder engine = Engine.builder().type(file.type()).stateMachineName(NAMES.stateMachineName())
                    .executionName(NAMES.executionName());
            if (file.mocks() != null) {
                engine.taskHandler(MockedResponses.parse(file.mocks()));
            }
            ExecutionResult result = engine.build().execute(machine, file.input());
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

    /** The result of a case that could not be run. */
    public static CaseResult error(String name, String message) {
        return new CaseResult(name, "ERROR", null, null, null, message);
    }
}
