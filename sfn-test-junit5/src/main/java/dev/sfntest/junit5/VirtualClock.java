package dev.sfntest.junit5;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A test's virtual clock: each execution starts at {@link #instant()} and moves the clock to the
 * instant it stopped, so executions of one test follow each other in virtual time. It moves only
 * when an execution ends or the test says so; it never reads the wall clock. One per test,
 * confined to the test's thread.
 *
 * <pre>{@code
 * @Test
 * @StartInstant("2025-03-01T09:00:00Z")
 * void theSecondOrderStartsWhenTheFirstEnded(StepFunctionRunner runner, VirtualClock clock) {
 *     runner.run("{\"amount\": 250}");                  // waits a day
 *     clock.advance(Duration.ofHours(1));
 *     ExecutionResult second = runner.run("{\"amount\": 20}");
 *     assertThatExecution(second).startedAt(Instant.parse("2025-03-02T10:00:00Z"));
 * }
 * }</pre>
 */
public final class VirtualClock extends Clock {
    private Instant now;

    /** A clock at {@code start}. */
    public VirtualClock(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** Moves the clock forward. */
    public VirtualClock advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("A virtual clock only moves forward; cannot advance by " + duration);
        }
        now = now.plus(duration);
        return this;
    }

    /** Moves the clock to {@code instant} when it is later than now. */
    public void moveTo(Instant instant) {
        if (instant.isAfter(now)) {
            now = instant;
        }
    }

    /** Always UTC. */
    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** A fixed clock at the current virtual instant in {@code zone}. */
    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public String toString() {
        return "VirtualClock[" + now + "]";
    }
}
