package dev.sfntest.junit5;

import static dev.sfntest.assertj.SfnAssertions.assertThatExecution;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.asl.StateMachine;
import dev.sfntest.engine.Engine;
import dev.sfntest.engine.VirtualClock;
import dev.sfntest.mock.TaskMocks;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Each test gets a fresh environment, whatever JUnit feature runs it. */
class LifecycleTest {
    private static final String SMALL_ORDER = "{\"orderId\": \"o-1\", \"amount\": 20}";

    @TempDir
    Path reports;

    /** Fails unless the runner, clock and mocks are fresh. */
    static void runFresh(StepFunctionRunner runner, VirtualClock clock) {
        assertThat(runner.executions()).isEmpty();
        assertThat(clock.instant()).isEqualTo(Engine.DEFAULT_START);
        runner.mock(TaskMocks.forState("ChargeCard").returns("{\"Payload\": {\"chargeId\": \"c\"}}"));
        assertThatExecution(runner.run(SMALL_ORDER)).succeeded();
    }

    @StepFunctionTest("machines/hello.asl.json")
    static class Repeated {
        @RepeatedTest(3)
        void runs(StepFunctionRunner runner, VirtualClock clock) {
            runFresh(runner, clock);
        }
    }

    @StepFunctionTest("machines/hello.asl.json")
    static class Parameterized {
        @ParameterizedTest
        @ValueSource(ints = {1, 2, 3})
        void runs(int n, StepFunctionRunner runner, VirtualClock clock) {
            runFresh(runner, clock);
        }
    }

    @StepFunctionTest("machines/hello.asl.json")
    static class Outer {
        @Nested
        class Inner {
            @Test
            void inheritsTheDefinition(StepFunctionRunner runner, VirtualClock clock, StateMachine machine) {
                assertThat(machine.graph().startAt()).isEqualTo("PrepareOrder");
                runFresh(runner, clock);
            }
        }
    }

    @StepFunctionTest("machines/hello.asl.json")
    abstract static class Base {
        @BeforeEach
        void mockTheCharge(StepFunctionRunner runner) {
            runner.mock(TaskMocks.forState("ChargeCard").returns("{\"Payload\": {\"chargeId\": \"base\"}}"));
        }
    }

    static class FromBase extends Base {
        @Test
        void usesTheBasesDefinitionAndMocks(StepFunctionRunner runner) {
            assertThatExecution(runner.run(SMALL_ORDER)).hasOutputAt("$.charge.chargeId", "base");
        }
    }

    static class Programmatic {
        @RegisterExtension
        static final StepFunctionExtension SFN = StepFunctionExtension.builder()
                .definition("machines/hello.asl.json")
                .mockConfig("machines/hello.mocks.json", "HappyPath")
                .startInstant(Instant.parse("2030-01-01T00:00:00Z"))
                .build();

        @Test
        void usesTheBuildersSettings(StepFunctionRunner runner) {
            assertThatExecution(runner.run(SMALL_ORDER)).succeeded()
                    .startedAt(Instant.parse("2030-01-01T00:00:00Z"));
        }

        @Test
        @StartInstant("2031-01-01T00:00:00Z")
        void annotationsWinOverTheBuilder(StepFunctionRunner runner) {
            assertThatExecution(runner.run(SMALL_ORDER)).startedAt(Instant.parse("2031-01-01T00:00:00Z"));
        }
    }

    @StepFunctionTest("machines/hello.asl.json")
    @MockConfig(value = "machines/hello.mocks.json", testCase = "HappyPath")
    static class Parallel {
        @RepeatedTest(8)
        void runs(StepFunctionRunner runner, VirtualClock clock) {
            assertThat(runner.executions()).isEmpty();
            assertThatExecution(runner.run("{\"orderId\": \"o\", \"amount\": 250}")).hasDuration(Duration.ofDays(1));
            assertThat(clock.instant()).isEqualTo(Engine.DEFAULT_START.plus(Duration.ofDays(1)));
        }
    }

    @StepFunctionTest
    static class ParameterDefinitions {
        @Test
        void eachParameterHasItsOwnMachine(@Definition("machines/hello.asl.json") StateMachine hello,
                @Definition("machines/retry.asl.json") StepFunctionRunner retry) {
            assertThat(hello.graph().startAt()).isEqualTo("PrepareOrder");
            assertThat(retry.stateMachine().graph().startAt()).isEqualTo("Fan");
        }
    }

    static void assertAllPassed(EngineExecutionResults results, int tests) {
        assertThat(Kit.failures(results)).isEmpty();
        assertThat(results.testEvents().succeeded().count()).isEqualTo(tests);
    }

    @Nested
    class FreshEnvironments {
        @Test
        void forEachRepetition() {
            assertAllPassed(Kit.run(Repeated.class, reports), 3);
        }

        @Test
        void forEachParameterSet() {
            assertAllPassed(Kit.run(Parameterized.class, reports), 3);
        }

        @Test
        void inNestedClasses() {
            assertAllPassed(Kit.run(Outer.class, reports), 1);
        }

        @Test
        void inSubclassesOfAnAbstractBase() {
            assertAllPassed(Kit.run(FromBase.class, reports), 1);
        }

        @Test
        void whenTestsRunInParallel() {
            assertAllPassed(Kit.run(Parallel.class, reports, Map.of("junit.jupiter.execution.parallel.enabled", "true",
                    "junit.jupiter.execution.parallel.mode.default", "concurrent")), 8);
        }
    }

    @Nested
    class Configuration {
        @Test
        void byARegisteredExtension() {
            assertAllPassed(Kit.run(Programmatic.class, reports), 2);
        }

        @Test
        void byParameters() {
            assertAllPassed(Kit.run(ParameterDefinitions.class, reports), 1);
        }
    }
}
