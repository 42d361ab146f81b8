package dev.sfntest.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.asl.StateMachine;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The order workflow whose States.TaskFailed catcher, listed first, swallows PaymentDeclined. */
class PlantedBugTest {
    private static final String OUTPUT =
            "{\"amount\":1000,\"error\":{\"Error\":\"PaymentDeclined\",\"Cause\":\"{\\\"errorMessage\\\":"
                    + "\\\"injected fault\\\",\\\"errorType\\\":\\\"PaymentDeclined\\\",\\\"stackTrace\\\":[]}\"},"
                    + "\"status\":\"retry-later\"}";

    private final StateMachine buggy = Workflows.load("order-planted-bug.asl.json");

    private WorkflowCheck check(StateMachine machine) {
        return WorkflowCheck.of(machine).seed(42)
                .invariants(Invariants.terminatesWithinLimits(), Workflows.declinedPaymentsAreMarkedDeclined());
    }

    @Nested
    class RandomSearch {
        @Test
        void findsTheMisroutedDeclineAndShowsTheShrunkCounterexample() {
            // given
            WorkflowCheck check = check(buggy);
            // when / then
            assertThatThrownBy(check::check)
                    .isInstanceOf(AssertionFailedError.class)
                    .hasMessage("Workflow property failed after 83 tries and 5 shrinks: output marks declined "
                            + "payments as declined.\n"
                            + "Violation: the output was " + OUTPUT + "\n"
                            + "Input: {\"amount\":1000}\n"
                            + "Faults: Charge#0 PaymentDeclined\n"
                            + "Engine seed: 0\n"
                            + "Path: CheckAmount -> Charge -> RetryLater\n"
                            + "Result: SUCCEEDED with output " + OUTPUT + "\n"
                            + "Seed: 42; replay this case with .replay(\"0 1 3 2 0 0 0\")");
        }

        @Test
        void theReplayRunsExactlyThatCase() {
            // given
            WorkflowCheck replay = check(buggy).replay("0 1 3 2 0 0 0");
            // when / then
            assertThatThrownBy(replay::check)
                    .hasMessageStartingWith("Workflow property failed on the replayed case: output marks declined "
                            + "payments as declined.")
                    .hasMessageContaining("Faults: Charge#0 PaymentDeclined\n");
        }

        @Test
        void theFixedWorkflowPassesAndCoversEveryState() {
            // given
            WorkflowCheck check = check(Workflows.load("order.asl.json"));
            // when
            CheckCoverage coverage = check.check();
            // then
            assertThat(coverage.statesNeverEntered()).isEmpty();
            assertThat(coverage.catchersNeverTaken()).isEmpty();
            assertThat(coverage.summary()).isEqualTo("1000 executions entered 7 of 7 states, took 7 transitions "
                    + "and 2 of 2 catchers");
        }
    }

    @Nested
    class ExhaustiveSearch {
        @Test
        void findsTheMisroutedDeclineWithOneFault() {
            // given
            WorkflowCheck check = check(buggy);
            // when / then
            assertThatThrownBy(() -> check.exhaustive(Workflows.json("{\"amount\": 5}"), 1, 100))
                    .isInstanceOf(AssertionFailedError.class)
                    .hasMessageStartingWith("Exhaustive check failed on fault schedule 4 (up to 1 fault): output "
                            + "marks declined payments as declined.\n")
                    .hasMessageContaining("\nFaults: Charge#0 PaymentDeclined\n");
        }
    }
}
