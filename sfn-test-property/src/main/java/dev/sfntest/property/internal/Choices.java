package dev.sfntest.property.internal;

import dev.sfntest.property.Source;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A {@link Source} that replays a prefix of choices, then draws the rest at random (while
 * searching) or as 0 (while shrinking), and records every choice it hands out.
 */
public final class Choices implements Source {
    /** Cases that draw more than this many choices are discarded. */
    static final int MAX_CHOICES = 20_000;

    private final long[] prefix;
    private final SplittableRandom random;
    private long[] recorded = new long[16];
    private int size;

    private Choices(long[] prefix, SplittableRandom random) {
        this.prefix = prefix;
        this.random = random;
    }

    /** Random choices from {@code random}. */
    public static Choices random(SplittableRandom random) {
        return new Choices(new long[0], random);
    }

    /** The choices of {@code prefix}, then zeros. */
    public static Choices replay(long[] prefix) {
        return new Choices(prefix, null);
    }

    @Override
    public long draw(long max) {
        if (max < 0) {
            throw new IllegalArgumentException("max must not be negative, was " + max);
        }
        if (size >= MAX_CHOICES) {
            throw new Discard("the case drew more than " + MAX_CHOICES + " choices");
        }
        long value;
        if (size < prefix.length) {
            value = Math.min(prefix[size], max);
        } else if (random == null) {
            value = 0;
        } else {
            value = randomChoice(max);
        }
        if (size == recorded.length) {
            recorded = Arrays.copyOf(recorded, size * 2);
        }
        recorded[size++] = value;
        return value;
    }

    /** Uniform for small ranges; wide ranges lean to small values and their upper bound now and then. */
    private long randomChoice(long max) {
        if (max <= 255) {
            return random.nextLong(max + 1);
        }
        int bucket = random.nextInt(20);
        if (bucket < 5) {
            return random.nextLong(256);
        }
        if (bucket == 5) {
            return max;
        }
        return max == Long.MAX_VALUE ? random.nextLong() & Long.MAX_VALUE : random.nextLong(max + 1);
    }

    /** The choices drawn so far. */
    public long[] recorded() {
        return Arrays.copyOf(recorded, size);
    }
}
