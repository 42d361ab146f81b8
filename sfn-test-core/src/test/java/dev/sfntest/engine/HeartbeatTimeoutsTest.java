package dev.sfntest.engine;

import static dev.sfntest.engine.EngineFixture.json;
import static dev.sfntest.engine.TimeoutFixture.CALLBACK;
import static dev.sfntest.engine.TimeoutFixture.caught;
import static dev.sfntest.engine.TimeoutFixture.from;
import static dev.sfntest.engine.TimeoutFixture.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.asl.StateMachine;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.ExecutionStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * HeartbeatSeconds, as AWS recorded it (LocalStack's snapshot test_heartbeats): a task silent for
 * longer fails with {@code States.Timeout} and no cause; {@code States.HeartbeatTimeout} is a name
 * Retry and Catch match it by, never the error reported.
 */
class HeartbeatTimeoutsTest {
    private static final Instant START = Engine.DEFAULT_START;
    private static final String PARAMETERS = ", 'Parameters': {'QueueUrl': 'q', 'MessageBody': {'TaskToken.$':"
            + " '$$.Task.Token'}}";

    private static Execution started(StateMachine machine, String input) {
        return Engine.builder().taskHandler(invocation -> TaskOutcome.pending()).build()
                .start(machine, json(input)).runUntilWaiting();
    }

    private static ExecutionResult silent(StateMachine machine, String input) {
        return started(machine, input).runToEnd().result();
    }

    @Nested
    class Callbacks {
        @Test
        void aSilentCallbackTaskFailsWithStatesTimeoutAfterHeartbeatSeconds() {
            // given the recorded definition: TimeoutSeconds 600, HeartbeatSeconds 5
            StateMachine machine = task(CALLBACK, ", 'TimeoutSeconds': 600, 'HeartbeatSeconds': 5" + PARAMETERS);
            // when nobody sends a heartbeat
            ExecutionResult result = silent(machine, "{}");
            // then
            assertThat(result.error()).isEqualTo("States.Timeout");
            assertThat(result.cause()).isNull();
            assertThat(result.stopDate()).isEqualTo(START.plusSeconds(5));
            assertThat(from(result, 3).get(0)).endsWith(",\"timeoutInSeconds\":600,\"heartbeatInSeconds\":5}");
            assertThat(from(result, 6)).containsExactly("TaskTimedOut {\"resourceType\":\"sqs\",\"resource\":"
                    + "\"sendMessage.waitForTaskToken\",\"error\":\"States.Timeout\"}",
                    "ExecutionFailed {\"error\":\"States.Timeout\"}");
        }

        @Test
        void withoutTimeoutSecondsTheScheduledEventCarriesOnlyTheHeartbeat() {
            ExecutionResult result = silent(task(CALLBACK, ", 'HeartbeatSeconds': 5" + PARAMETERS), "{}");
            assertThat(from(result, 3).get(0)).doesNotContain("timeoutInSeconds")
                    .endsWith(",\"heartbeatInSeconds\":5}");
            assertThat(result.error()).isEqualTo("States.Timeout");
        }

        @Test
        void heartbeatSecondsPathReadsTheStateInput() {
            // given
            StateMachine machine = task(CALLBACK, ", 'TimeoutSeconds': 600, 'HeartbeatSecondsPath':"
                    + " '$.HeartbeatSecondsPath'" + PARAMETERS);
            // when
            ExecutionResult result = silent(machine, "{'HeartbeatSecondsPath': 5}");
            // then
            assertThat(result.stopDate()).isEqualTo(START.plusSeconds(5));
            assertThat(from(result, 3).get(0)).endsWith(",\"heartbeatInSeconds\":5}");
        }

        @Test
        void aJsonataHeartbeatSecondsIsEvaluated() {
            StateMachine machine = task(CALLBACK, ", 'QueryLanguage': 'JSONata', 'HeartbeatSeconds':"
                    + " '{% $states.input.beat %}', 'Arguments': {'QueueUrl': 'q', 'MessageBody':"
                    + " '{% $states.context.Task.Token %}'}");
            ExecutionResult result = silent(machine, "{'beat': 7}");
            assertThat(result.stopDate()).isEqualTo(START.plusSeconds(7));
            assertThat(result.error()).isEqualTo("States.Timeout");
        }

        @Test
        void eachHeartbeatRestartsTheIntervalAndTheTokenDiesWithTheTimeout() {
            // given
            Execution execution = started(task(CALLBACK, ", 'HeartbeatSeconds': 60" + PARAMETERS), "{}");
            String token = execution.pendingTasks().get(0).token();
            // when heartbeats come 50 s apart, then stop
            execution.advance(Duration.ofSeconds(50)).sendTaskHeartbeat(token).advance(Duration.ofSeconds(50))
                    .sendTaskHeartbeat(token);
            // then the task lives on until 60 s after the last one
            assertThat(execution.isDone()).isFalse();
            ExecutionResult result = execution.runToEnd().result();
            assertThat(result.stopDate()).isEqualTo(START.plusSeconds(160));
            assertThatThrownBy(() -> execution.sendTaskSuccess(token, json("{}")))
                    .hasMessage("TaskTimedOut: Task Timed Out: 'Provided task does not exist anymore'");
        }

        @Test
        void timeoutSecondsBoundsTheTaskWhateverItsHeartbeats() {
            // given heartbeats every 4 s for a task with TimeoutSeconds 10 and HeartbeatSeconds 5
            TaskHandler beating = invocation -> TaskOutcome.pending().withHeartbeats(Duration.ofSeconds(4),
                    Duration.ofSeconds(8), Duration.ofSeconds(12));
            StateMachine machine = caught(CALLBACK, ", 'TimeoutSeconds': 10, 'HeartbeatSeconds': 5" + PARAMETERS,
                    "['States.HeartbeatTimeout']");
            // when
            ExecutionResult result = Engine.builder().taskHandler(beating).build().execute(machine, json("{}"));
            // then TimeoutSeconds fired, which a States.HeartbeatTimeout catcher does not catch
            assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(result.stopDate()).isEqualTo(START.plusSeconds(10));
        }
    }

    @Nested
    class Matching {
        private final String fields = ", 'HeartbeatSeconds': 5" + PARAMETERS;

        @Test
        void statesTimeoutCatchesAHeartbeatTimeout() {
            // the aws-samples case: a .waitForTaskToken task with HeartbeatSeconds and a Catch on States.Timeout
            ExecutionResult result = silent(caught(CALLBACK, fields, "['States.Timeout']"), "{'order': 1}");
            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(result.output()).isEqualTo(json("{'order': 1, 'error': {'Error': 'States.Timeout',"
                    + " 'Cause': ''}}"));
        }

        @Test
        void statesHeartbeatTimeoutCatchesItWithTheErrorReportedAsStatesTimeout() {
            ExecutionResult result = silent(caught(CALLBACK, fields, "['States.HeartbeatTimeout']"), "{}");
            assertThat(result.output().get("error")).isEqualTo(json("{'Error': 'States.Timeout', 'Cause': ''}"));
        }

        @Test
        void statesAllCatchesIt() {
            ExecutionResult result = silent(caught(CALLBACK, fields, "['States.ALL']"), "{}");
            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        }

        @Test
        void statesTaskFailedDoesNotCatchIt() {
            ExecutionResult result = silent(caught(CALLBACK, fields, "['States.TaskFailed']"), "{}");
            assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(result.error()).isEqualTo("States.Timeout");
        }

        @Test
        void aRetrierOnStatesHeartbeatTimeoutRetriesIt() {
            // given
            StateMachine machine = task(CALLBACK, fields + ", 'Retry': [{'ErrorEquals': ['States.HeartbeatTimeout'],"
                    + " 'IntervalSeconds': 2, 'MaxAttempts': 1}]");
            // when
            ExecutionResult result = silent(machine, "{}");
            // then two silent attempts of 5 s and one interval of 2 s
            assertThat(result.error()).isEqualTo("States.Timeout");
            assertThat(result.duration()).isEqualTo(Duration.ofSeconds(12));
            assertThat(result.history()).filteredOn(e -> e.type().name().equals("TaskTimedOut")).hasSize(2);
        }
    }
}
