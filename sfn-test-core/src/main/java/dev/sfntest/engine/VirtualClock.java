package dev.sfntest.engine;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One virtual clock for every execution of a test: executions an {@link Engine} built with
 * {@link Engine.Builder#clock(VirtualClock)} starts begin at its instant and share its time. When
 * the test {@linkplain #advance advances} it, every execution still running moves with it (its
 * Waits end, its timeouts fire); when one execution's time moves on (it runs to its end through a
 * one-day Wait), the clock and every other running execution follow. It never reads the wall
 * clock. Confined to one thread, as a test is.
 *
 * <pre>{@code
 * VirtualClock clock = new VirtualClock(Instant.parse("2025-03-01T09:00:00Z"));
 * Engine engine = Engine.builder().taskHandler(mocks).clock(clock).build();
 * Execution first = engine.start(approval, Json.parse("{\"order\": 1}")).runUntilWaiting();
 * Execution second = engine.start(approval, Json.parse("{\"order\": 2}")).runUntilWaiting();
 * clock.advance(Duration.ofHours(2));                 // both approvals time out after one hour
 * }</pre>
 */
@API(status = STABLE)
public final class VirtualClock extends Clock {
    private Instant now;
    private final List<Execution> running = new ArrayList<>();

    /** A clock at {@code start}. */
    public VirtualClock(Instant start) {
        this.now = Arguments.instant(start, "start");
    }

    @Override
    public Instant instant() {
        return now;
    }

    /**
     * Moves the clock forward, and every running execution with it.
     *
     * @throws IllegalArgumentException when {@code duration} is negative or over 1,000 years
     */
    public VirtualClock advance(Duration duration) {
        if (duration != null && duration.isNegative()) {
            throw new IllegalArgumentException("A virtual clock only moves forward; cannot advance by " + duration);
        }
        return moveTo(now.plus(Arguments.duration(duration, "duration")));
    }

    /** Moves the clock, and every running execution, to {@code instant} when it is later than now. */
    public VirtualClock moveTo(Instant instant) {
        if (Arguments.instant(instant, "instant").isAfter(now)) {
            now = instant;
            catchUp();
        }
        return this;
    }

    /** The executions started on this clock that have not ended, oldest first. */
    public List<Execution> running() {
        running.removeIf(Execution::isDone);
        return List.copyOf(running);
    }

    /** An execution {@code engine} started on this clock. */
    void attach(Execution execution) {
        running.add(execution);
    }

    private void catchUp() {
        for (Execution execution : running()) {
            if (execution.now().isBefore(now)) {
                execution.advanceAlone(now);
            }
        }
        running.removeIf(Execution::isDone);
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
        return "VirtualClock[" + now + ", " + running().size() + " running]";
    }
}
