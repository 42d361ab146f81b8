package dev.sfntest.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;

/** The checks of the public API's arguments, with messages that name the argument and its value. */
final class Arguments {
    /** The longest virtual duration an outcome or a schedule may name: far past any execution. */
    static final Duration MAX_DURATION = Duration.ofDays(366_000);
    /** The earliest and latest instants the virtual clock may show (RFC 3339 years 1 to 9999). */
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

    private Arguments() {
    }

    /** {@code value}, not null, zero or more, at most {@link #MAX_DURATION}. */
    static Duration duration(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
        if (value.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException(name + " must be at most " + MAX_DURATION + " (1,000 years), was "
                    + value);
        }
        return value;
    }

    /** {@code value}, not null, within the clock's range. */
    static Instant instant(Instant value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
            throw new IllegalArgumentException(name + " must be between " + EARLIEST + " and " + LATEST + ", was "
                    + value);
        }
        return value;
    }

    /**
     * {@code value}, not null and holding no infinite or NaN number, which JSON (and so AWS)
     * cannot hold: a test that builds one by hand gets the place of it, not a string "Infinity".
     */
    static JsonNode json(JsonNode value, String name) {
        Objects.requireNonNull(value, name);
        Deque<Map.Entry<String, JsonNode>> pending = new ArrayDeque<>();
        pending.push(Map.entry("", value));
        while (!pending.isEmpty()) {
            Map.Entry<String, JsonNode> next = pending.pop();
            JsonNode node = next.getValue();
            if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
                throw new IllegalArgumentException(name + " holds " + node.doubleValue() + " at '" + next.getKey()
                        + "'; JSON has no infinity or NaN");
            }
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    pending.push(Map.entry(next.getKey() + "/" + i, node.get(i)));
                }
            } else if (node.isObject()) {
                node.fields().forEachRemaining(field -> pending.push(Map.entry(next.getKey() + "/"
                        + field.getKey().replace("~", "~0").replace("/", "~1"), field.getValue())));
            }
        }
        return value;
    }

    /** {@code value}, not null and not empty. */
    static String text(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return value;
    }
}
