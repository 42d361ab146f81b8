package dev.sfntest.bench.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.Json;
import dev.sfntest.engine.Engine;
import dev.sfntest.history.ExecutionStatus;
import dev.sfntest.junit5.Lenient;
import dev.sfntest.junit5.StepFunctionRunner;
import dev.sfntest.junit5.StepFunctionTest;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The two test classes the extension-overhead benchmark launches: the same 100 executions, once
 * through {@code @StepFunctionTest} and once with the engine called by hand.
 */
public final class ExtensionTests {
    static final String DEFINITION = "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}";
    /** Tests per class. */
    public static final int TESTS = 100;

    private ExtensionTests() {
    }

    /** Through the extension: definition cached, fresh environment per test, strict mocks checked. */
    @StepFunctionTest("dev/sfntest/bench/junit/pass.asl.json")
    @Lenient
    public static class WithExtension {
        @RepeatedTest(TESTS)
        void runs(StepFunctionRunner runner) {
            assertEquals(ExecutionStatus.SUCCEEDED, runner.run("{}").status());
        }
    }

    /** Plain Jupiter: the same execution, no extension. */
    public static class PlainJupiter {
        private static final StateMachine MACHINE = Definitions.parse(DEFINITION);

        @RepeatedTest(TESTS)
        void runs() {
            assertEquals(ExecutionStatus.SUCCEEDED,
                    Engine.builder().build().execute(MACHINE, Json.emptyObject()).status());
        }
    }
}
