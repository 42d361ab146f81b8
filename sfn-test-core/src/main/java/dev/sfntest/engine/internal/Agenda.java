package dev.sfntest.engine.internal;

import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * The discrete-event agenda: actions ordered by virtual instant. Actions due at the same instant
 * (branches and iterations that run concurrently) run in scheduling order under seed 0, and in
 * an order drawn from the seed otherwise, so a seed picks one interleaving and replays it
 * exactly. Nothing runs on another thread; the clock jumps to the next action.
 */
final class Agenda {
    private record Entry(long instant, long tieBreak, long sequence, Runnable action) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry other) {
            int byTime = Long.compare(instant, other.instant);
            if (byTime != 0) {
                return byTime;
            }
            int byTieBreak = Long.compare(tieBreak, other.tieBreak);
            return byTieBreak != 0 ? byTieBreak : Long.compare(sequence, other.sequence);
        }
    }

    private final PriorityQueue<Entry> queue = new PriorityQueue<>();
    private final SplittableRandom interleaving;
    private long sequence;
    private long now;

    /** An agenda starting at {@code startMillis}; {@code seed} 0 keeps scheduling order. */
    Agenda(long startMillis, long seed) {
        this.now = startMillis;
        this.interleaving = seed == 0 ? null : new SplittableRandom(seed ^ 0x5DEECE66DL);
    }

    /** The current virtual instant, in epoch milliseconds. */
    long now() {
        return now;
    }

    /** Runs {@code action} at {@code instant} (not before now). */
    void schedule(long instant, Runnable action) {
        queue.add(new Entry(Math.max(instant, now), interleaving == null ? 0 : interleaving.nextLong(), sequence++,
                action));
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
