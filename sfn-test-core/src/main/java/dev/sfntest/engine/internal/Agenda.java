package dev.sfntest.engine.internal;

import java.util.PriorityQueue;

/**
 * The discrete-event agenda: actions ordered by (virtual instant, sequence number). Nothing runs
 * on another thread; the clock jumps to the next action.
 */
final class Agenda {
    private record Entry(long instant, long sequence, Runnable action) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry other) {
            int byTime = Long.compare(instant, other.instant);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }

    private final PriorityQueue<Entry> queue = new PriorityQueue<>();
    private long sequence;
    private long now;

    Agenda(long startMillis) {
        this.now = startMillis;
    }

    /** The current virtual instant, in epoch milliseconds. */
    long now() {
        return now;
    }

    /** Runs {@code action} at {@code instant} (not before now). */
    void schedule(long instant, Runnable action) {
        queue.add(new Entry(Math.max(instant, now), sequence++, action));
    }

    /** The instant of the next action, or {@code Long.MAX_VALUE} when there is none. */
    long nextInstant() {
        Entry next = queue.peek();
        return next == null ? Long.MAX_VALUE : next.instant;
    }

    /** Advances the clock to the next action and runs it; false when the agenda is empty. */
    boolean runNext() {
        Entry next = queue.poll();
        if (next == null) {
            return false;
        }
        now = next.instant;
        next.action.run();
        return true;
    }

    /** Moves the clock to {@code instant} without running anything. */
    void advanceTo(long instant) {
        now = Math.max(now, instant);
    }
}
