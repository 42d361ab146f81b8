package dev.sfntest.property.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import java.util.Map;
import java.util.stream.Collectors;

/** Values as failure reports print them: JSON compactly, strings quoted, the rest as {@code toString}. */
public final class Describe {
    private Describe() {
    }

    /** The value in one line. */
    public static String value(Object value) {
        if (value instanceof JsonNode node) {
            return Json.write(node);
        }
        if (value instanceof String text) {
            return Json.write(Json.nodes().textNode(text));
        }
        if (value instanceof Iterable<?> items) {
            StringBuilder out = new StringBuilder("[");
            for (Object item : items) {
                out.append(out.length() > 1 ? ", " : "").append(value(item));
            }
            return out.append(']').toString();
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> value(e.getKey()) + "=" + value(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return String.valueOf(value);
    }

    /** The failure of a throwable: its message, prefixed by its simple type unless it is an assertion. */
    public static String throwable(Throwable thrown) {
        String message = thrown.getMessage() == null ? "" : thrown.getMessage().strip();
        if (thrown instanceof AssertionError) {
            return message.isEmpty() ? "an assertion failed" : message;
        }
        return thrown.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }
}
