package dev.sfntest.service.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** A shape's expectation in words: {@code an integer from 128 to 10240}, {@code one of A, B}. */
final class ShapeDescriptions {
    private static final int MAX_ENUM_SHOWN = 8;

    private ShapeDescriptions() {
    }

    static String of(JsonNode shape) {
        String type = shape.path("type").asText();
        return switch (type) {
            case "structure" -> "an object";
            case "list" -> "an array";
            case "map" -> "an object (a map)";
            case "string" -> shape.path("enum").size() > 0 ? "one of " + values(shape.path("enum"))
                    : "a string" + bounds(shape, " of ", " characters");
            case "blob" -> "a base64 string" + bounds(shape, " of ", " bytes");
            case "timestamp" -> "a timestamp string";
            case "boolean" -> "true or false";
            case "integer", "long" -> "an integer" + bounds(shape, " ", "");
            case "double", "float" -> "a number" + bounds(shape, " ", "");
            default -> "any JSON value";
        };
    }

    private static String bounds(JsonNode shape, String before, String unit) {
        boolean min = shape.has("min");
        boolean max = shape.has("max");
        if (min && max) {
            return before + (before.isBlank() ? "from " : "") + number(shape.get("min")) + " to " + number(shape.get("max")) + unit;
        }
        if (min) {
            return before + "at least " + number(shape.get("min")) + unit;
        }
        return max ? before + "at most " + number(shape.get("max")) + unit : "";
    }

    private static String number(JsonNode value) {
        return value.canConvertToExactIntegral() ? String.valueOf(value.longValue()) : value.asText();
    }

    private static String values(JsonNode values) {
        List<String> shown = new ArrayList<>();
        for (JsonNode value : values) {
            if (shown.size() == MAX_ENUM_SHOWN) {
                shown.add("... (" + values.size() + " in all)");
                break;
            }
            shown.add(value.asText());
        }
        return String.join(", ", shown);
    }
}
