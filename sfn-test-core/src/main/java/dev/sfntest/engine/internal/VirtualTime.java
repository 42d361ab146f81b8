package dev.sfntest.engine.internal;

import java.time.Duration;

/**
 * Instant arithmetic on the virtual clock that never wraps: an instant too far in the future for
 * a {@code long} of epoch milliseconds becomes {@link #FAR_FUTURE}, which lies past any
 * virtual-duration cap, so the execution ends TIMED_OUT at the cap instead of waking in the past.
 */
final class VirtualTime {
    /** The latest instant an agenda action can have ({@code Long.MAX_VALUE} means "no action"). */
    static final long FAR_FUTURE = Long.MAX_VALUE - 1;

    private VirtualTime() {
    }

    /** {@code instant} plus {@code seconds} (not negative), saturating at {@link #FAR_FUTURE}. */
    static long plusSeconds(long instant, long seconds) {
        try {
            return Math.min(FAR_FUTURE, Math.addExact(instant, Math.multiplyExact(seconds, 1000L)));
        } catch (ArithmeticException tooFar) {
            return FAR_FUTURE;
        }
    }

    /** {@code instant} plus {@code offset} (not negative), saturating at {@link #FAR_FUTURE}. */
    static long plus(long instant, Duration offset) {
        try {
            return Math.min(FAR_FUTURE, Math.addExact(instant, offset.toMillis()));
        } catch (ArithmeticException tooFar) {
            return FAR_FUTURE;
        }
    }
}
