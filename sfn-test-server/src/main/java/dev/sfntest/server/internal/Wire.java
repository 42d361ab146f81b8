package dev.sfntest.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.Json;
import dev.sfntest.history.ExecutionResult;
import java.math.BigDecimal;
import java.time.Instant;

/** Field writers for the JSON 1.0 protocol: timestamps are epoch seconds as numbers. */
final class Wire {
    private Wire() {
    }

    /** Puts {@code instant} as epoch seconds with milliseconds ({@code 1735689600.5}). */
    static void timestamp(ObjectNode node, String field, Instant instant) {
        if (instant == null) {
            return;
        }
        long millis = instant.toEpochMilli();
        if (millis % 1000 == 0) {
            node.put(field, millis / 1000);
        } else {
            node.put(field, BigDecimal.valueOf(millis, 3).stripTrailingZeros()); // a positive scale prints plainly
        }
    }

    /** Puts {@code value} unless it is {@code null}. */
    static void optional(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    /** Puts an ended execution's output (with its details), error and cause; nothing while it runs. */
    static void outcome(ObjectNode node, ExecutionResult result) {
        if (result == null) {
            return;
        }
        if (result.output() != null) {
            node.put("output", Json.write(result.output()));
            node.putObject("outputDetails").put("included", true);
        }
        optional(node, "error", result.error());
        optional(node, "cause", result.cause());
    }
}
