package dev.sfntest.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.asl.StateMachine;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class ExhaustiveTest {
    private final StateMachine order = Workflows.load("order.asl.json");

    @Nested
    class Exploration {
        @Test
        void exploresEveryScheduleUpToOneFault() {
            // given
            WorkflowCheck check = WorkflowCheck.of(order);
            // when
            ExhaustiveReport report = check.exhaustive(Workflows.json("{\"amount\": 5}"), 1, 1_000);
            // then: 1 fault-free run, 4 errors at Charge#0, 1 at Ship#0 (neither has a timeout that can fire)
            assertThat(report.schedulesExplored()).isEqualTo(6);
            assertThat(report.summary()).isEqualTo("Explored all 6 fault schedules with up to 1 fault: 6 "
                    + "executions entered 5 of 7 states (never: ManualReview, Reject), took 4 transitions and 2 of 2 "
                    + "catchers");
        }

        @Test
        void twoFaultsReachTheRetriesOfARetriedError() {
            // given
            WorkflowCheck check = WorkflowCheck.of(order);
            // when
            ExhaustiveReport report = check.exhaustive(Workflows.json("{\"amount\": 5}"), 2, 1_000);
            // then: 6 as with one fault, and 5 more after a retried Lambda.ServiceException at Charge#0
            assertThat(report.schedulesExplored()).isEqualTo(11);
            assertThat(report.coverage().catchersNeverTaken()).isEmpty();
        }

        @Test
        void zeroFaultsRunsOnlyTheFaultFreeSchedule() {
            // given / when
            ExhaustiveReport report = WorkflowCheck.of(order).exhaustive(Workflows.json("{\"amount\": 5}"), 0, 1);
            // then
            assertThat(report.schedulesExplored()).isEqualTo(1);
        }
    }

    @Nested
    class Bound {
        @Test
        void stopsWithAClearMessageWhenTheSpaceIsLarger() {
            // given
            WorkflowCheck check = WorkflowCheck.of(order);
            // when / then
            assertThatThrownBy(() -> check.exhaustive(Workflows.json("{\"amount\": 5}"), 3, 10))
                    .isInstanceOf(AssertionFailedError.class)
                    .hasMessage("The fault space is larger than 10 schedules with up to 3 faults: the search "
                            + "stopped after running 2 without a violation. Raise maxSchedules or lower maxFaults.");
        }
    }
}
