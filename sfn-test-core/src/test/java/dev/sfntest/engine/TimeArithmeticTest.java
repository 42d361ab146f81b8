package dev.sfntest.engine;

import static dev.sfntest.engine.EngineFixture.json;
import static dev.sfntest.engine.TimeoutFixture.INVOKE;
import static dev.sfntest.engine.TimeoutFixture.from;
import static dev.sfntest.engine.TimeoutFixture.machine;
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
 * Huge waits and timeouts never wrap into the past nor overflow: they saturate, and the
 * virtual-duration cap ends the execution TIMED_OUT; values no {@code long} holds are refused as
 * AWS refuses them.
 */
class TimeArithmeticTest {
    private static final Duration CAP = Duration.ofDays(2);
    private static final String MAX_LONG = "9223372036854775807";

    private static ExecutionResult run(StateMachine machine, TaskHandler handler, String input) {
        return Engine.builder().maxVirtualDuration(CAP).taskHandler(handler).build().execute(machine, json(input));
    }

    private static StateMachine waitWith(String field, String value) {
        return machine("{'StartAt': 'W', 'States': {'W': {'Type': 'Wait', '" + field + "': '" + value + "',"
                + " 'End': true}}}");
    }

    private static void assertTimedOutAtTheCap(ExecutionResult result) {
        assertThat(result.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(result.duration()).isEqualTo(CAP);
        assertThat(result.cause()).isEqualTo("The execution passed the cap of PT48H of virtual time "
                + "(Engine.Builder.maxVirtualDuration)");
    }

    @Nested
    class Waits {
        @Test
        void aSecondsPathOfTheLargestLongWaitsUntilTheCap() {
            ExecutionResult result = run(waitWith("SecondsPath", "$.s"), null, "{'s': " + MAX_LONG + "}");
            assertTimedOutAtTheCap(result);
        }

        @Test
        void aSecondsPathBeyondALongIsNotALongValue() {
            ExecutionResult result = run(waitWith("SecondsPath", "$.s"), null, "{'s': 100000000000000000000}");
            assertThat(result.error()).isEqualTo("States.Runtime");
            assertThat(result.cause()).isEqualTo("An error occurred while executing the state 'W' (entered at the"
                    + " event id #2). The SecondsPath parameter cannot be parsed as a long value: $.s =="
                    + " 100000000000000000000");
        }

        @Test
        void aJsonataSecondsOfTheLargestLongWaitsUntilTheCap() {
            StateMachine machine = machine("{'QueryLanguage': 'JSONata', 'StartAt': 'W', 'States': {'W': {'Type':"
                    + " 'Wait', 'Seconds': '{% $states.input.s %}', 'End': true}}}");
            assertTimedOutAtTheCap(run(machine, null, "{'s': " + MAX_LONG + "}"));
        }

        @Test
        void aTimestampPathInTheYear9999WaitsUntilTheCap() {
            ExecutionResult result = run(waitWith("TimestampPath", "$.t"), null, "{'t': '9999-12-31T23:59:59Z'}");
            assertTimedOutAtTheCap(result);
        }

        @Test
        void aTimestampPathWithAYearBeyondFourDigitsIsNotAValidTimestamp() {
            ExecutionResult result = run(waitWith("TimestampPath", "$.t"), null, "{'t': '+999999999-12-31T23:59:59Z'}");
            assertThat(result.error()).isEqualTo("States.Runtime");
            assertThat(result.cause()).isEqualTo("An error occurred while executing the state 'W' (entered at the"
                    + " event id #2). The TimestampPath parameter does not reference a valid ISO-8601 extended"
                    + " offset date-time format string: $.t == +999999999-12-31T23:59:59Z");
        }
    }

    @Nested
    class TaskTimeouts {
        @Test
        void aTimeoutSecondsPathOfTheLargestLongNeverFiresEarly() {
            // when
            ExecutionResult result = run(task(INVOKE, ", 'TimeoutSecondsPath': '$.t'"), slow(30), "{'t': " + MAX_LONG
                    + "}");
            // then
            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(result.duration()).isEqualTo(Duration.ofSeconds(30));
            assertThat(from(result, 3).get(0)).endsWith(",\"timeoutInSeconds\":" + MAX_LONG + "}");
        }

        @Test
        void aHeartbeatSecondsPathOfTheLargestLongNeverFiresEarly() {
            ExecutionResult result = run(task(INVOKE, ", 'HeartbeatSecondsPath': '$.h'"), slow(30), "{'h': " + MAX_LONG
                    + "}");
            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        }

        @Test
        void aTimeoutSecondsPathBeyondALongIsNotAValidInteger() {
            ExecutionResult result = run(task(INVOKE, ", 'TimeoutSecondsPath': '$.t'"), slow(30),
                    "{'t': 18446744073709551621}");
            assertThat(result.error()).isEqualTo("States.Runtime");
            assertThat(result.cause()).isEqualTo("An error occurred while executing the state 'T' (entered at the"
                    + " event id #2). The TimeoutSecondsPath field refers to value \"18446744073709551621\" which is"
                    + " not a valid integer: $.t");
        }

        @Test
        void aTaskDurationFarPastTheCapRunsUntilTheCap() {
            TaskHandler endless = invocation -> TaskOutcome.success(json("{}"))
                    .after(Duration.ofDays(365L * 999));  // the longest the API takes: 1,000 years
            assertTimedOutAtTheCap(run(task(INVOKE, ", 'TimeoutSeconds': 99999999"), endless, "{}"));
        }
    }
}
