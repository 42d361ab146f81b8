package dev.sfntest.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.asl.StateMachine;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Property runs over Tasks that can time out: only real timeouts are injected, and the invariants read them right. */
class TimeoutFaultsTest {
    private final StateMachine approval = Workflows.parse("""
            {"StartAt": "Ask", "States": {
              "Ask": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                      "TimeoutSeconds": 3600, "HeartbeatSeconds": 600,
                      "Retry": [{"ErrorEquals": ["States.HeartbeatTimeout"], "MaxAttempts": 1}],
                      "Catch": [{"ErrorEquals": ["States.HeartbeatTimeout"], "ResultPath": "$.stalled",
                                 "Next": "Stalled"},
                                {"ErrorEquals": ["States.Timeout"], "ResultPath": "$.late", "Next": "Late"}],
                      "End": true},
              "Stalled": {"Type": "Pass", "End": true},
              "Late": {"Type": "Pass", "End": true}}}
            """);

    @Nested
    class StandardInvariants {
        @Test
        void holdWhenHeartbeatAndTimeoutSecondsTimeoutsAreRetriedAndCaughtByTheirOwnNames() {
            // given
            WorkflowCheck check = WorkflowCheck.of(approval).seed(7).tries(300);
            // when
            CheckCoverage coverage = check.check();
            // then both catchers were reached: a silent task, and one that kept beating past TimeoutSeconds
            assertThat(coverage.catchersNeverTaken()).isEmpty();
            assertThat(coverage.statesNeverEntered()).isEmpty();
        }

        @Test
        void exploreEveryTimeoutExhaustively() {
            // when
            ExhaustiveReport report = WorkflowCheck.of(approval).exhaustive(Workflows.json("{}"), 2, 100);
            // then: fault-free, 3 faults at Ask#0 and, after a retried heartbeat timeout, 3 at Ask#1
            assertThat(report.schedulesExplored()).isEqualTo(7);
            assertThat(report.coverage().catchersNeverTaken()).isEmpty();
        }
    }
}
