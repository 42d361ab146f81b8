package dev.sfntest.engine;

import static dev.sfntest.engine.EngineFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.history.ExecutionResult;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The public API refuses null and out-of-range arguments with a message naming the argument. */
class ApiArgumentsTest {
    private static final StateMachine WAIT = Definitions.build(json("{'StartAt': 'W', 'States': {'W': {'Type':"
            + " 'Wait', 'Seconds': 60, 'End': true}}}"));

    @Nested
    class Builder {
        @Test
        void aNegativeOrZeroVirtualDurationCapIsRefused() {
            assertThatThrownBy(() -> Engine.builder().maxVirtualDuration(Duration.ofSeconds(-1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("maxVirtualDuration must not be negative, was PT-1S");
            assertThatThrownBy(() -> Engine.builder().maxVirtualDuration(Duration.ZERO))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("maxVirtualDuration must be positive, was PT0S");
        }

        @Test
        void aVirtualDurationCapThatWouldOverflowIsRefused() {
            assertThatThrownBy(() -> Engine.builder().maxVirtualDuration(Duration.ofSeconds(Long.MAX_VALUE)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("maxVirtualDuration must be at most PT8784000H (1,000 years), was PT2562047788015215H30M7S");
        }

        @Test
        void nullsAndEmptyNamesAreRefusedByName() {
            assertThatThrownBy(() -> Engine.builder().maxVirtualDuration(null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("maxVirtualDuration");
            assertThatThrownBy(() -> Engine.builder().stateMachineName("")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("stateMachineName must not be empty");
            assertThatThrownBy(() -> Engine.builder().executionName("")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("executionName must not be empty");
        }

        @Test
        void aStartInstantOutsideTheClocksRangeIsRefused() {
            assertThatThrownBy(() -> Engine.builder().startInstant(Instant.MAX))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("startInstant must be between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z, was "
                            + "+1000000000-12-31T23:59:59.999999999Z");
        }

        @Test
        void anInputHoldingInfinityIsRefusedWithItsPlace() {
            com.fasterxml.jackson.databind.node.ObjectNode input = dev.sfntest.data.Json.emptyObject();
            input.putArray("a/b").add(1).add(Double.POSITIVE_INFINITY);
            assertThatThrownBy(() -> Engine.builder().build().execute(WAIT, input))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("input holds Infinity at '/a~1b/1'; JSON has no infinity or NaN");
            assertThatThrownBy(() -> TaskOutcome.success(dev.sfntest.data.Json.nodes().numberNode(Double.NaN)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("result holds NaN at ''; JSON has no infinity or NaN");
        }

        @Test
        void executeRefusesANullMachineOrInput() {
            Engine engine = Engine.builder().build();
            assertThatThrownBy(() -> engine.execute(null, json("{}"))).isInstanceOf(NullPointerException.class)
                    .hasMessage("machine");
            assertThatThrownBy(() -> engine.execute(WAIT, (JsonNode) null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("input");
        }
    }

    @Nested
    class DrivenExecution {
        private final Execution execution = Engine.builder().build().start(WAIT, json("{}"));

        @Test
        void advanceRefusesANegativeDuration() {
            assertThatThrownBy(() -> execution.advance(Duration.ofSeconds(-1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("duration must not be negative, was PT-1S");
            assertThat(execution.isDone()).isFalse();
        }

        @Test
        void advanceRefusesAnOverflowingDuration() {
            assertThatThrownBy(() -> execution.advance(Duration.ofSeconds(Long.MAX_VALUE)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("duration must be at most PT8784000H (1,000 years)");
        }

        @Test
        void advanceByAThousandYearsEndsAtTheVirtualDurationCap() {
            ExecutionResult result = Engine.builder().build().start(Definitions.build(json("{'StartAt': 'W', 'States':"
                    + " {'W': {'Type': 'Wait', 'Seconds': 99999999, 'End': true}}}")), json("{}"))
                    .advance(Duration.ofDays(365_000)).result();
            assertThat(result.cause()).isEqualTo("The execution passed the cap of PT8784H of virtual time "
                    + "(Engine.Builder.maxVirtualDuration)");
        }

        @Test
        void schedulingInThePastIsRefused() {
            assertThatThrownBy(() -> execution.after(Duration.ofSeconds(-5), e -> { }))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("delay must not be negative, was PT-5S");
            assertThatThrownBy(() -> execution.at(execution.now().minusSeconds(1), e -> { }))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("instant must not be before now (2025-01-01T00:00:00Z), was 2024-12-31T23:59:59Z");
        }

        @Test
        void tokenCallsRefuseNulls() {
            assertThatThrownBy(() -> execution.sendTaskSuccess(null, json("{}")))
                    .isInstanceOf(NullPointerException.class).hasMessage("token");
            assertThatThrownBy(() -> execution.sendTaskSuccess("t", (JsonNode) null))
                    .isInstanceOf(NullPointerException.class).hasMessage("output");
            assertThatThrownBy(() -> execution.sendTaskHeartbeat(null))
                    .isInstanceOf(NullPointerException.class).hasMessage("token");
            assertThatThrownBy(() -> execution.getActivityTask(null, "w"))
                    .isInstanceOf(NullPointerException.class).hasMessage("activityArn");
        }
    }

    @Nested
    class Outcomes {
        @Test
        void aNegativeTaskDurationOrHeartbeatIsRefused() {
            assertThatThrownBy(() -> TaskOutcome.success(json("{}")).after(Duration.ofMinutes(-1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("duration must not be negative, was PT-1M");
            assertThatThrownBy(() -> TaskOutcome.failure("E", "C").withHeartbeats(Duration.ofSeconds(-2)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("heartbeat offset 0 must not be negative, was PT-2S");
        }
    }
}
