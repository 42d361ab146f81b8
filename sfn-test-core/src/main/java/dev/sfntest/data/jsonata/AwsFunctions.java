package dev.sfntest.data.jsonata;

import com.dashjoin.jsonata.Jsonata;
import dev.sfntest.data.InvalidJsonException;
import dev.sfntest.data.Json;
import dev.sfntest.internal.MillisTimestamps;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * The functions AWS adds to JSONata ({@code $partition}, {@code $range}, {@code $hash},
 * {@code $random}, {@code $uuid}, {@code $parse}), the clock functions on virtual time, and
 * {@code $eval}, which AWS leaves out.
 */
final class AwsFunctions {
    private static final int MAX_RANGE = 1000;
    private static final List<String> HASH_ALGORITHMS = List.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

    private AwsFunctions() {
    }

    static void bind(Jsonata.Frame frame, JsonataBindings bindings) {
        frame.bind("partition", function((input, args) -> partition(args)));
        frame.bind("range", function((input, args) -> range(args)));
        frame.bind("hash", function((input, args) -> hash(args)));
        frame.bind("random", function((input, args) -> random(args, bindings.random())));
        frame.bind("uuid", function((input, args) -> uuid(bindings.random())));
        frame.bind("parse", function((input, args) -> parse(args)));
        frame.bind("now", function((input, args) -> MillisTimestamps.format(Instant.ofEpochMilli(bindings.nowMillis()))));
        frame.bind("millis", function((input, args) -> bindings.nowMillis()));
        frame.bind("eval", function((input, args) -> {
            throw new JsonataFunctionException("The function $eval is not supported by Step Functions");
        }));
    }

    private static Jsonata.JFunction function(Jsonata.JFunctionCallable body) {
        return new Jsonata.JFunction(body, null);
    }

    private static Object partition(List<?> args) {
        List<?> array = list(args, 0, "$partition");
        long size = integer(args, 1, "$partition");
        if (size <= 0) {
            throw new JsonataFunctionException("The second argument of $partition must be a positive integer");
        }
        int chunk = (int) Math.min(size, Math.max(1, array.size())); // a size past the array: one chunk
        List<Object> chunks = new ArrayList<>();
        for (int start = 0; start < array.size(); start += chunk) {
            chunks.add(new ArrayList<>(array.subList(start, Math.min(array.size(), start + chunk))));
        }
        return chunks;
    }

    private static Object range(List<?> args) {
        long start = integer(args, 0, "$range");
        long end = integer(args, 1, "$range");
        long step = integer(args, 2, "$range");
        if (step == 0) {
            throw new JsonataFunctionException("The step of $range must not be 0");
        }
        List<Object> values = new ArrayList<>();
        for (long value = start; step > 0 ? value <= end : value >= end; ) {
            if (values.size() == MAX_RANGE) {
                throw new JsonataFunctionException("$range can produce at most " + MAX_RANGE + " elements");
            }
            values.add(value);
            long next = value + step;
            if ((next > value) != (step > 0)) {
                break; // the next value would pass Long's range: the end is reached
            }
            value = next;
        }
        return JsonataValues.sequence(values);
    }

    private static Object hash(List<?> args) {
        Object data = args.size() > 0 ? args.get(0) : null;
        Object algorithm = args.size() > 1 ? args.get(1) : null;
        if (!(data instanceof String text) || !(algorithm instanceof String name)) {
            throw new JsonataFunctionException("$hash takes a string and an algorithm name");
        }
        if (!HASH_ALGORITHMS.contains(name)) { // as States.Hash: the JVM knows more (SHA-224, SHA3-256...)
            throw new JsonataFunctionException("Unsupported $hash algorithm '" + name
                    + "'; use MD5, SHA-1, SHA-256, SHA-384 or SHA-512");
        }
        try {
            MessageDigest digest = MessageDigest.getInstance(name);
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JVM lacks " + name, e);
        }
    }

    private static Object random(List<?> args, RandomGenerator random) {
        if (!args.isEmpty() && args.get(0) != null) {
            return new SplittableRandom(integer(args, 0, "$random")).nextDouble();
        }
        return random.nextDouble();
    }

    private static Object uuid(RandomGenerator random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private static Object parse(List<?> args) {
        if (args.isEmpty() || !(args.get(0) instanceof String text)) {
            throw new JsonataFunctionException("$parse takes a JSON string");
        }
        try {
            return JsonataValues.toJava(Json.parseData(text));
        } catch (InvalidJsonException e) {
            throw new JsonataFunctionException("$parse could not parse its argument as JSON: "
                    + e.problem());
        }
    }

    private static List<?> list(List<?> args, int index, String function) {
        Object value = args.size() > index ? args.get(index) : null;
        if (value instanceof List<?> list) {
            return list;
        }
        throw new JsonataFunctionException("Argument " + (index + 1) + " of " + function + " must be an array");
    }

    private static long integer(List<?> args, int index, String function) {
        Object value = args.size() > index ? args.get(index) : null;
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return number.longValue();
        }
        throw new JsonataFunctionException("Argument " + (index + 1) + " of " + function + " must be an integer");
    }

    /** A failure inside one of these functions. */
    static final class JsonataFunctionException extends RuntimeException {
        JsonataFunctionException(String message) {
            super(message, null, false, false);
        }
    }
}
