package dev.sfntest.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.asl.StateMachine;
import dev.sfntest.engine.StateMachineType;
import dev.sfntest.engine.UnmockedTaskException;
import dev.sfntest.mock.TaskMocks;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class WorkflowCheckTest {
    private final StateMachine fulfilment = Workflows.load("fulfilment.asl.json");

    private static String message(Runnable check) {
        try {
            check.run();
        } catch (AssertionFailedError failure) {
            return failure.getMessage();
        }
        throw new AssertionError("the check did not fail");
    }

    @Nested
    class StandardInvariants {
        @Test
        void holdForParallelAndMapWithRetriesJitterAndCatchers() {
            // given
            WorkflowCheck check = WorkflowCheck.of(fulfilment).seed(1).tries(400);
            // when
            CheckCoverage coverage = check.check();
            // then
            assertThat(coverage.statesNeverEntered()).isEmpty();
            assertThat(coverage.catchersNeverTaken()).isEmpty();
        }

        @Test
        void holdForExpressMachinesToo() {
            // given
            WorkflowCheck check = WorkflowCheck.of(fulfilment).seed(2).tries(100)
                    .engineSettings(builder -> builder.type(StateMachineType.EXPRESS));
            // when
            CheckCoverage coverage = check.check();
            // then
            assertThat(coverage.executions()).isEqualTo(100);
        }
    }

    @Nested
    class Failures {
        @Test
        void failsOnlyWithFindsTheSmallestUnexpectedFailure() {
            // given
            WorkflowCheck check = WorkflowCheck.of(fulfilment).seed(3)
                    .invariants(Invariants.failsOnlyWith("FulfilmentFailed"));
            // when
            String message = message(check::check);
            // then
            assertThat(message).isEqualTo("""
                    Workflow property failed after 2 tries and 8 shrinks: fails only with [FulfilmentFailed].
                    Violation: the execution failed with States.Runtime (cause: %1$s), which is not among \
                    [FulfilmentFailed]
                    Input: {"lines":"not-an-array","priority":"high"}
                    Faults: none
                    Engine seed: 0
                    Path: Validate -> Prepare -> Reserve -> Quote -> PackEach
                    Result: FAILED with States.Runtime (%1$s)
                    Seed: 3; replay this case with .replay("1 0 0 0 0 0")""".formatted("An error occurred while "
                    + "executing the state 'PackEach' (entered at the event id #18). Map state input must be an "
                    + "array, but the ItemsPath '$.lines' selects \"not-an-array\""));
        }

        @Test
        void theSameSeedGivesTheSameReport() {
            // given
            WorkflowCheck check = WorkflowCheck.of(fulfilment).invariants(Invariants.failsOnlyWith());
            // when
            String first = message(check.seed(8)::check);
            String again = message(check.seed(8)::check);
            // then
            assertThat(first).isEqualTo(again);
        }

        @Test
        void anInvariantThatThrowsIsReportedWithTheShrunkCase() {
            // given
            WorkflowCheck check = WorkflowCheck.of(fulfilment).faults(FaultSchedules.none())
                    .invariants(Invariants.that("lines are priced", e -> e.input().get("lines").size() >= 0));
            // when
            String message = message(check::check);
            // then
            assertThat(message).contains("lines are priced.\nViolation: the invariant threw NullPointerException")
                    .contains("\nInput: {\"priority\":\"high\"}\n");
        }

        @Test
        void anUnmockedTaskStopsTheCheckAsASetUpMistake() {
            // given
            WorkflowCheck check = WorkflowCheck.of(fulfilment).taskHandler(TaskMocks.of(
                    TaskMocks.forState("Reserve").returns("{}").andSoOn()).lenient());
            // when / then
            assertThatThrownBy(check::check).isInstanceOf(UnmockedTaskException.class);
        }
    }
}
