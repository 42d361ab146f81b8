package dev.sfntest.engine;

import static dev.sfntest.engine.EngineFixture.json;
import static dev.sfntest.engine.TimeoutFixture.ACTIVITY;
import static dev.sfntest.engine.TimeoutFixture.INVOKE;
import static dev.sfntest.engine.TimeoutFixture.describe;
import static dev.sfntest.engine.TimeoutFixture.from;
import static dev.sfntest.engine.TimeoutFixture.machine;
import static dev.sfntest.engine.TimeoutFixture.slow;
import static dev.sfntest.engine.TimeoutFixture.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.asl.StateMachine;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.ExecutionStatus;
import dev.sfntest.history.HistoryEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The execution's TimeoutSeconds, activities' clocks, and timeouts inside Map, Parallel and child executions. */
class ExecutionTimeoutsTest {
    private static final Instant START = Engine.DEFAULT_START;

    @Nested
    class ExecutionTimeoutSeconds {
        @Test
        void endsTheExecutionTimedOutWithTheErrorOnlyInTheHistory() {
            // given the definition floci's report measured on AWS
            StateMachine machine = machine("{'StartAt': 'W', 'TimeoutSeconds': 3, 'States': {'W': {'Type': 'Wait',"
                    + " 'Seconds': 25, 'End': true}}}");
            // when
            ExecutionResult result = Engine.builder().build().execute(machine, json("{}"));
            // then DescribeExecution has no error or cause; the event has States.Timeout and links to no state
            assertThat(result.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
            assertThat(result.error()).isNull();
            assertThat(result.cause()).isNull();
            assertThat(result.stopDate()).isEqualTo(START.plusSeconds(3));
            HistoryEvent last = result.history().get(result.history().size() - 1);
            assertThat(describe(last)).isEqualTo("ExecutionTimedOut {\"error\":\"States.Timeout\"}");
            assertThat(last.id()).isEqualTo(3);
            assertThat(last.previousEventId()).isZero();
        }

        @Test
        void endsAWaitingCallbackTaskWhoseTokenThenNoLongerWorks() {
            // given
            StateMachine machine = machine("{'StartAt': 'T', 'TimeoutSeconds': 60, 'States': {'T': {'Type': 'Task',"
                    + " 'Resource': '" + TimeoutFixture.CALLBACK + "', 'End': true}}}");
            Execution execution = Engine.builder().taskHandler(invocation -> TaskOutcome.pending()).build()
                    .start(machine, json("{}")).runUntilWaiting();
            String token = execution.pendingTasks().get(0).token();
            // when
            ExecutionResult result = execution.runToEnd().result();
            // then
            assertThat(result.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
            assertThat(result.stopDate()).isEqualTo(START.plusSeconds(60));
            assertThat(execution.pendingTasks()).isEmpty();
            assertThatThrownBy(() -> execution.sendTaskSuccess(token, json("{}")))
                    .hasMessage("TaskTimedOut: Task Timed Out: 'Provided task does not exist anymore'");
        }
    }

    @Nested
    class Activities {
        @Test
        void timeoutSecondsCountsFromActivityStartedNotFromScheduling() {
            // given a worker that polls 5 minutes late and never answers
            Execution execution = Engine.builder().build()
                    .start(task(ACTIVITY, ", 'TimeoutSeconds': 60"), json("{}")).runUntilWaiting();
            execution.advance(Duration.ofMinutes(5));
            assertThat(execution.isDone()).isFalse();
            execution.getActivityTask(ACTIVITY, "worker-1").orElseThrow();
            // when
            ExecutionResult result = execution.runToEnd().result();
            // then
            assertThat(result.stopDate()).isEqualTo(START.plusSeconds(360));
            assertThat(from(result, 4)).containsExactly("ActivityStarted {\"workerName\":\"worker-1\"}",
                    "ActivityTimedOut {\"error\":\"States.Timeout\"}", "ExecutionFailed {\"error\":\"States.Timeout\"}");
        }

        @Test
        void heartbeatSecondsAlsoCountsFromActivityStarted() {
            // given
            Execution execution = Engine.builder().build()
                    .start(task(ACTIVITY, ", 'TimeoutSeconds': 600, 'HeartbeatSeconds': 10"), json("{}"))
                    .runUntilWaiting();
            execution.advance(Duration.ofMinutes(2));
            ActivityTask claimed = execution.getActivityTask(ACTIVITY, "worker-1").orElseThrow();
            execution.advance(Duration.ofSeconds(8)).sendTaskHeartbeat(claimed.taskToken());
            // when
            ExecutionResult result = execution.runToEnd().result();
            // then
            assertThat(result.stopDate()).isEqualTo(START.plusSeconds(120 + 8 + 10));
            assertThat(result.error()).isEqualTo("States.Timeout");
        }

        @Test
        void anActivityNobodyPollsWaitsUntilTheExecutionTimesOut() {
            // given
            StateMachine machine = machine("{'StartAt': 'T', 'TimeoutSeconds': 3600, 'States': {'T': {'Type': 'Task',"
                    + " 'Resource': '" + ACTIVITY + "', 'TimeoutSeconds': 60, 'End': true}}}");
            // when
            ExecutionResult result = Engine.builder().build().execute(machine, json("{}"));
            // then
            assertThat(result.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
            assertThat(result.stopDate()).isEqualTo(START.plusSeconds(3600));
            assertThat(from(result, 3).get(0)).startsWith("ActivityScheduled ");
            assertThat(from(result, 4)).containsExactly("ExecutionTimedOut {\"error\":\"States.Timeout\"}");
        }
    }

    @Nested
    class MapAndParallel {
        @Test
        void anIterationsTimeoutFailsTheMapAndTheExecutionWithStatesTimeout() {
            // given
            StateMachine machine = machine("{'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'ItemProcessor':"
                    + " {'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': '" + INVOKE + "',"
                    + " 'TimeoutSeconds': 5, 'End': true}}}, 'End': true}}}");
            // when
            ExecutionResult result = Engine.builder().taskHandler(slow(20)).build().execute(machine, json("[1]"));
            // then
            assertThat(result.error()).isEqualTo("States.Timeout");
            assertThat(result.cause()).isNull();
            List<String> tail = from(result, result.history().size() - 3);
            assertThat(tail).containsExactly(
                    "TaskTimedOut {\"resourceType\":\"lambda\",\"resource\":\"invoke\",\"error\":\"States.Timeout\"}",
                    "MapIterationFailed {\"name\":\"M\",\"index\":0}", "MapStateFailed",
                    "ExecutionFailed {\"error\":\"States.Timeout\"}");
        }

        @Test
        void anIterationsHeartbeatTimeoutIsCaughtByTheMapsCatchOnStatesHeartbeatTimeout() {
            // given an iteration's callback task that never sends a heartbeat
            StateMachine machine = machine("{'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'ItemProcessor':"
                    + " {'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': '" + TimeoutFixture.CALLBACK
                    + "', 'HeartbeatSeconds': 5, 'End': true}}}, 'Catch': [{'ErrorEquals':"
                    + " ['States.HeartbeatTimeout'], 'Next': 'Stalled'}], 'End': true}, 'Stalled': {'Type': 'Pass',"
                    + " 'End': true}}}");
            // when
            ExecutionResult result = Engine.builder().taskHandler(invocation -> TaskOutcome.pending()).build()
                    .execute(machine, json("[1]"));
            // then
            assertThat(result.output()).isEqualTo(json("{'Error': 'States.Timeout', 'Cause': ''}"));
            assertThat(result.stopDate()).isEqualTo(START.plusSeconds(5));
        }

        @Test
        void aBranchsTimeoutIsCaughtByTheParallelsCatchOnStatesTimeout() {
            // given
            StateMachine machine = machine("{'StartAt': 'P', 'States': {'P': {'Type': 'Parallel', 'Branches':"
                    + " [{'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': '" + INVOKE + "',"
                    + " 'TimeoutSeconds': 5, 'End': true}}}], 'Catch': [{'ErrorEquals': ['States.Timeout'],"
                    + " 'Next': 'Handled'}], 'End': true}, 'Handled': {'Type': 'Pass', 'End': true}}}");
            // when
            ExecutionResult result = Engine.builder().taskHandler(slow(20)).build().execute(machine, json("{}"));
            // then
            assertThat(result.output()).isEqualTo(json("{'Error': 'States.Timeout', 'Cause': ''}"));
        }
    }

    @Nested
    class ChildExecutions {
        private final StateMachine child = machine("{'StartAt': 'W', 'TimeoutSeconds': 30, 'States': {'W':"
                + " {'Type': 'Wait', 'Seconds': 60, 'End': true}}}");

        private ExecutionResult parent(String fields) {
            StateMachine parent = task("arn:aws:states:::states:startExecution.sync", ", 'Parameters':"
                    + " {'StateMachineArn': 'arn:aws:states:us-east-1:123456789012:stateMachine:Child', 'Name': 'run-1'}"
                    + fields);
            return Engine.builder().stateMachine("Child", child).build().execute(parent, json("{}"));
        }

        @Test
        void aTimedOutChildFailsTheSyncTaskWithItsDescriptionAsCause() {
            // when
            ExecutionResult result = parent("");
            // then the cause is the child's DescribeExecution, which has no Error for TIMED_OUT
            assertThat(result.error()).isEqualTo("States.TaskFailed");
            assertThat(json(result.cause()).get("Status").textValue()).isEqualTo("TIMED_OUT");
            assertThat(json(result.cause()).has("Error")).isFalse();
            assertThat(result.stopDate()).isEqualTo(START.plusSeconds(30));
        }

        @Test
        void aParentTimeoutShorterThanTheChildTimesTheSyncTaskOutAfterItsSubmission() {
            // when
            ExecutionResult result = parent(", 'TimeoutSeconds': 10");
            // then
            assertThat(result.error()).isEqualTo("States.Timeout");
            assertThat(from(result, 4)).startsWith(
                    "TaskStarted {\"resourceType\":\"states\",\"resource\":\"startExecution.sync\"}",
                    "TaskSubmitted {\"resourceType\":\"states\",\"resource\":\"startExecution.sync\",\"output\":"
                            + "\"{\\\"ExecutionArn\\\":\\\"arn:aws:states:us-east-1:123456789012:execution:Child:run-1\\\","
                            + "\\\"StartDate\\\":" + START.toEpochMilli() + "}\",\"outputDetails\":{\"truncated\":false}}",
                    "TaskTimedOut {\"resourceType\":\"states\",\"resource\":\"startExecution.sync\","
                            + "\"error\":\"States.Timeout\"}");
        }
    }
}
