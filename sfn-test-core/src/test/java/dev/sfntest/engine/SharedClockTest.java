package dev.sfntest.engine;

import static dev.sfntest.engine.EngineFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.ExecutionStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Executions started on one {@link VirtualClock} share its time. */
class SharedClockTest {
    private static final Instant START = Instant.parse("2025-03-01T09:00:00Z");

    /** A callback task that times out after {@code timeoutSeconds} unless the test answers it. */
    private static StateMachine approval(int timeoutSeconds) {
        return Definitions.build(json("{'StartAt': 'Approve', 'States': {'Approve': {'Type': 'Task',"
                + " 'Resource': 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', 'TimeoutSeconds': "
                + timeoutSeconds + ", 'Parameters': {'QueueUrl': 'q', 'MessageBody': {'token.$': '$$.Task.Token'}},"
                + " 'End': true}}}"));
    }

    private static final StateMachine WAIT_A_DAY = Definitions.build(json(
            "{'StartAt': 'W', 'States': {'W': {'Type': 'Wait', 'Seconds': 86400, 'End': true}}}"));

    private final VirtualClock clock = new VirtualClock(START);
    private final Engine engine = Engine.builder().taskHandler(invocation -> TaskOutcome.pending()).clock(clock)
            .build();

    @Test
    void executionsStartAtTheClocksInstantAndAdvancingTheClockMovesEveryRunningOne() {
        Execution hourly = engine.start(approval(3600), json("{}")).runUntilWaiting();
        clock.advance(Duration.ofMinutes(30));
        Execution daily = engine.start(approval(86400), json("{}")).runUntilWaiting();

        clock.advance(Duration.ofMinutes(45));

        assertThat(hourly.isDone()).isTrue();
        assertThat(hourly.result().error()).isEqualTo("States.Timeout");
        assertThat(hourly.result().stopDate()).isEqualTo(START.plus(Duration.ofHours(1)));
        assertThat(daily.isDone()).isFalse();
        assertThat(daily.now()).isEqualTo(START.plus(Duration.ofMinutes(75)));
        assertThat(clock.running()).containsExactly(daily);
    }

    @Test
    void advancingOneExecutionMovesTheClockAndTheOthers() {
        Execution first = engine.start(approval(3600), json("{}")).runUntilWaiting();
        Execution second = engine.start(approval(7200), json("{}")).runUntilWaiting();

        second.advance(Duration.ofMinutes(90));

        assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofMinutes(90)));
        assertThat(first.result().status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(second.isDone()).isFalse();
        assertThat(clock.running()).containsExactly(second);
    }

    @Test
    void anExecutionRunToItsEndMovesTheClockToItsStopDateAndTheRunningOnesWithIt() {
        Execution waiting = engine.start(approval(3600 * 12), json("{}")).runUntilWaiting();

        ExecutionResult day = engine.execute(WAIT_A_DAY, json("{}"));

        assertThat(day.startDate()).isEqualTo(START);
        assertThat(day.stopDate()).isEqualTo(START.plus(Duration.ofDays(1)));
        assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofDays(1)));
        assertThat(waiting.result().stopDate()).isEqualTo(START.plus(Duration.ofHours(12)));
        assertThat(engine.execute(WAIT_A_DAY, json("{}")).startDate()).isEqualTo(START.plus(Duration.ofDays(1)));
    }

    @Test
    void engineBuiltWithoutAClockKeepsItsFixedStartInstant() {
        Engine alone = Engine.builder().startInstant(START).build();
        alone.execute(WAIT_A_DAY, json("{}"));
        assertThat(alone.execute(WAIT_A_DAY, json("{}")).startDate()).isEqualTo(START);
        assertThat(alone.clock()).isEmpty();
    }

    @Test
    void theClockOnlyMovesForward() {
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A virtual clock only moves forward; cannot advance by PT-1S");
        clock.moveTo(START.minusSeconds(5));
        assertThat(clock.instant()).isEqualTo(START);
    }
}
