package dev.sfntest.engine;

import static dev.sfntest.engine.EngineFixture.json;
import static dev.sfntest.engine.TimeoutFixture.FUNCTION;
import static dev.sfntest.engine.TimeoutFixture.INVOKE;
import static dev.sfntest.engine.TimeoutFixture.caught;
import static dev.sfntest.engine.TimeoutFixture.from;
import static dev.sfntest.engine.TimeoutFixture.slow;
import static dev.sfntest.engine.TimeoutFixture.task;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.asl.StateMachine;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.ExecutionStatus;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A Task's TimeoutSeconds, as AWS recorded it (LocalStack's snapshots test_timeouts and
 * test_task_service_lambda::test_invoke_timeout): {@code States.Timeout} without a cause.
 */
class TaskTimeoutsTest {
    private static ExecutionResult run(StateMachine machine, TaskHandler handler, String input) {
        return Engine.builder().taskHandler(handler).build().execute(machine, json(input));
    }

    @Nested
    class Uncaught {
        @Test
        void aServiceTaskTimesOutWithTaskTimedOutAndTheExecutionFailsWithoutCause() {
            // given a lambda:invoke task that takes 20 s with TimeoutSeconds 5
            StateMachine machine = task(INVOKE, ", 'Parameters': {'FunctionName': 'f'}, 'TimeoutSeconds': 5");
            // when
            ExecutionResult result = run(machine, slow(20), "{}");
            // then
            assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(result.error()).isEqualTo("States.Timeout");
            assertThat(result.cause()).isNull();
            assertThat(result.duration()).isEqualTo(Duration.ofSeconds(5));
            assertThat(from(result, 3)).containsExactly(
                    "TaskScheduled {\"resourceType\":\"lambda\",\"resource\":\"invoke\",\"region\":\"us-east-1\","
                            + "\"parameters\":\"{\\\"FunctionName\\\":\\\"f\\\"}\",\"timeoutInSeconds\":5}",
                    "TaskStarted {\"resourceType\":\"lambda\",\"resource\":\"invoke\"}",
                    "TaskTimedOut {\"resourceType\":\"lambda\",\"resource\":\"invoke\",\"error\":\"States.Timeout\"}",
                    "ExecutionFailed {\"error\":\"States.Timeout\"}");
        }

        @Test
        void aLambdaFunctionArnTimesOutWithLambdaFunctionTimedOut() {
            // given
            StateMachine machine = task(FUNCTION, ", 'TimeoutSeconds': 5");
            // when
            ExecutionResult result = run(machine, slow(60), "{'Payload': null}");
            // then
            assertThat(from(result, 3)).containsExactly(
                    "LambdaFunctionScheduled {\"resource\":\"" + FUNCTION + "\",\"input\":\"{\\\"Payload\\\":null}\","
                            + "\"inputDetails\":{\"truncated\":false},\"timeoutInSeconds\":5}",
                    "LambdaFunctionStarted",
                    "LambdaFunctionTimedOut {\"error\":\"States.Timeout\"}",
                    "ExecutionFailed {\"error\":\"States.Timeout\"}");
        }

        @Test
        void aTaskThatEndsBeforeItsTimeoutSucceeds() {
            // given
            StateMachine machine = task(INVOKE, ", 'TimeoutSeconds': 5");
            // when
            ExecutionResult result = run(machine, slow(4), "{'n': 1}");
            // then
            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(result.duration()).isEqualTo(Duration.ofSeconds(4));
        }

        @Test
        void withoutTimeoutSecondsNothingTimesOutAndTheEventsCarryNoTimeout() {
            // given a task of a month (AWS's default is 99999999 s, longer than an execution may run)
            StateMachine machine = task(INVOKE, "");
            // when
            ExecutionResult result = run(machine, slow(Duration.ofDays(30).toSeconds()), "{}");
            // then
            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(from(result, 3).get(0)).doesNotContain("timeoutInSeconds").doesNotContain("heartbeat");
        }
    }

    @Nested
    class Sources {
        @Test
        void timeoutSecondsPathReadsTheStateInput() {
            // given
            StateMachine machine = task(INVOKE, ", 'TimeoutSecondsPath': '$.TimeoutSecondsValue'");
            // when
            ExecutionResult result = run(machine, slow(60), "{'TimeoutSecondsValue': 5}");
            // then
            assertThat(result.error()).isEqualTo("States.Timeout");
            assertThat(result.duration()).isEqualTo(Duration.ofSeconds(5));
            assertThat(from(result, 3).get(0)).endsWith(",\"timeoutInSeconds\":5}");
        }

        @Test
        void aJsonataTimeoutSecondsIsEvaluated() {
            // given
            StateMachine machine = task(INVOKE, ", 'QueryLanguage': 'JSONata', 'TimeoutSeconds': '{% $states.input.limit"
                    + " * 2 %}'");
            // when
            ExecutionResult result = run(machine, slow(60), "{'limit': 3}");
            // then
            assertThat(result.error()).isEqualTo("States.Timeout");
            assertThat(result.duration()).isEqualTo(Duration.ofSeconds(6));
            assertThat(from(result, 3).get(0)).endsWith(",\"timeoutInSeconds\":6}");
        }
    }

    @Nested
    class Matching {
        private final String fields = ", 'TimeoutSeconds': 5";

        @Test
        void statesTimeoutCatchesItWithAnEmptyCause() {
            // given
            StateMachine machine = caught(INVOKE, fields, "['States.Timeout']");
            // when
            ExecutionResult result = run(machine, slow(20), "{'n': 1}");
            // then
            assertThat(result.output()).isEqualTo(json("{'n': 1, 'error': {'Error': 'States.Timeout', 'Cause': ''}}"));
            assertThat(from(result, 5)).startsWith(
                    "TaskTimedOut {\"resourceType\":\"lambda\",\"resource\":\"invoke\",\"error\":\"States.Timeout\"}",
                    "TaskStateExited {\"name\":\"T\",\"output\":\"{\\\"n\\\":1,\\\"error\\\":{\\\"Error\\\":"
                            + "\\\"States.Timeout\\\",\\\"Cause\\\":\\\"\\\"}}\",\"outputDetails\":{\"truncated\":false}}");
        }

        @Test
        void statesAllCatchesIt() {
            ExecutionResult result = run(caught(INVOKE, fields, "['States.ALL']"), slow(20), "{}");
            assertThat(result.output().get("error")).isEqualTo(json("{'Error': 'States.Timeout', 'Cause': ''}"));
        }

        @Test
        void statesTaskFailedDoesNotCatchIt() {
            ExecutionResult result = run(caught(INVOKE, fields, "['States.TaskFailed']"), slow(20), "{}");
            assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(result.error()).isEqualTo("States.Timeout");
        }

        @Test
        void statesHeartbeatTimeoutDoesNotCatchATimeoutOfTimeoutSeconds() {
            ExecutionResult result = run(caught(INVOKE, fields, "['States.HeartbeatTimeout']"), slow(20), "{}");
            assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(result.error()).isEqualTo("States.Timeout");
        }

        @Test
        void aRetrierOnStatesTimeoutRunsTheTaskAgainAfterItsInterval() {
            // given two retries, 1 s then 2 s apart; every attempt runs 20 s
            StateMachine machine = task(INVOKE, fields + ", 'Retry': [{'ErrorEquals': ['States.Timeout'],"
                    + " 'IntervalSeconds': 1, 'MaxAttempts': 2}]");
            // when
            ExecutionResult result = run(machine, slow(20), "{}");
            // then three attempts of 5 s and the two intervals
            assertThat(result.error()).isEqualTo("States.Timeout");
            assertThat(result.duration()).isEqualTo(Duration.ofSeconds(18));
            assertThat(result.history()).filteredOn(e -> e.type().name().equals("TaskTimedOut")).hasSize(3);
        }
    }
}
