package dev.sfntest.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The fast lane for the paths most definitions use: a chain of field names and array indexes
 * ({@code $.a.b[0]['c d']}). Anything else is left to Jayway JsonPath.
 */
final class SimplePathParser {
    private SimplePathParser() {
    }

    /**
     * The steps of a simple path rooted at {@code $}: {@code String} field names and
     * {@code Integer} indexes; {@code null} when the path is not simple.
     */
    static List<Object> steps(String path) {
        if (!path.startsWith("$")) {
            return null;
        }
        List<Object> steps = new ArrayList<>();
        int i = 1;
        int n = path.length();
        while (i < n) {
            char c = path.charAt(i);
            if (c == '.') {
                int start = ++i;
                while (i < n && isFieldChar(path.charAt(i))) {
                    i++;
                }
                if (i == start) {
                    return null;
                }
                steps.add(path.substring(start, i));
            } else if (c == '[') {
                int close = path.indexOf(']', i);
                if (close < 0) {
                    return null;
                }
                String inner = path.substring(i + 1, close);
                if (isSmallIndex(inner)) {
                    steps.add(Integer.valueOf(inner));
                } else if (inner.length() >= 2 && inner.startsWith("'") && inner.endsWith("'")
                        && inner.indexOf('\'', 1) == inner.length() - 1) {
                    steps.add(inner.substring(1, inner.length() - 1));
                } else {
                    return null;
                }
                i = close + 1;
            } else {
                return null;
            }
        }
        return List.copyOf(steps);
    }

    /** One to nine ASCII digits. */
    private static boolean isSmallIndex(String text) {
        if (text.isEmpty() || text.length() > 9) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isFieldChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }

    /**
     * Follows the steps of {@link #steps(String)}, as an array ({@code String} field names,
     * {@code Integer} indexes); {@code null} on any miss, so the caller can ask Jayway for its message.
     */
    static JsonNode walk(JsonNode document, Object[] steps) {
        JsonNode current = document;
        for (Object step : steps) {
            if (step instanceof String field) {
                if (!(current instanceof ObjectNode object)) {
                    return null;
                }
                current = object.get(field);
            } else {
                if (!(current instanceof ArrayNode array)) {
                    return null;
                }
                current = array.get((Integer) step);
            }
            if (current == null) {
                return null;
            }
        }
        return current;
    }
}
