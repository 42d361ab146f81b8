package dev.sfntest.cases;

import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.InvalidDefinitionException;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.engine.Engine;
import dev.sfntest.engine.UnmockedTaskException;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.mock.InvalidMockException;
import dev.sfntest.mock.MockedResponses;

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

    /** Runs one case with seed 0 from the default start instant. */
    public static CaseResult run(CaseFile file) {
        try {
            StateMachine machine = Definitions.build(file.definition());
            Engine.Builder engine = Engine.builder().type(file.type()).stateMachineName(file.name());
            if (file.mocks() != null) {
                engine.taskHandler(MockedResponses.parse(file.mocks()));
            }
            ExecutionResult result = engine.build().execute(machine, file.input());
            return new CaseResult(file.name(), result.status().name(), result.output(), result.error(),
                    result.cause(), null);
        } catch (InvalidDefinitionException | InvalidMockException | UnmockedTaskException e) {
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
