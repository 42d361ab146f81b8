package dev.sfntest.data.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * {@code States.MathAdd}, {@code States.MathRandom} and {@code States.UUID}. Decimal arguments of
 * the math functions are rounded to the nearest integer, halves up, as AWS records show.
 */
final class MathFunctions {
    private MathFunctions() {
    }

    static JsonNode add(Invocation call) {
        return ArrayFunctions.number(Math.addExact(intRange(call, 0), intRange(call, 1)));
    }

    /** A random integer from start (inclusive) to end (exclusive); with a seed, always the same one. */
    static JsonNode random(Invocation call) {
        long start = intRange(call, 0);
        long end = intRange(call, 1);
        if (start >= end) {
            throw call.fail("the start (argument 1) must be less than the end (argument 2), got "
                    + start + " and " + end);
        }
        RandomGenerator random = call.size() == 3 ? new SplittableRandom(intRange(call, 2)) : call.data().random();
        return ArrayFunctions.number(random.nextLong(start, end));
    }

    /** A version 4 UUID from the execution's random source. */
    static JsonNode uuid(Invocation call) {
        RandomGenerator random = call.data().random();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return TextNode.valueOf(new java.util.UUID(high, low).toString());
    }

    private static long intRange(Invocation call, int index) {
        long value = call.rounded(index);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw call.fail("argument " + (index + 1) + " must be between " + Integer.MIN_VALUE + " and "
                    + Integer.MAX_VALUE + ", got " + Invocation.shown(call.value(index)));
        }
        return value;
    }
}
