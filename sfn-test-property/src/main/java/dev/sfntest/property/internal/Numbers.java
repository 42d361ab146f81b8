package dev.sfntest.property.internal;

import dev.sfntest.property.Source;

/** Bounded numbers that shrink towards 0, or towards the bound nearest 0 when 0 is out of range. */
public final class Numbers {
    private Numbers() {
    }

    /** A long in {@code [min, max]}. */
    public static long draw(Source source, long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("min must not exceed max, but was " + min + " > " + max);
        }
        if (min >= 0) {
            return min + source.draw(max - min);
        }
        if (max <= 0) {
            long span = max - min;
            return max - source.draw(span < 0 ? Long.MAX_VALUE : span);
        }
        if (source.draw(1) == 0) {
            return source.draw(max);
        }
        return -1 - source.draw(-(min + 1));
    }
}
