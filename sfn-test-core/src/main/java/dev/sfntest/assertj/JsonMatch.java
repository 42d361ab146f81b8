package dev.sfntest.assertj;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.InvalidJsonException;
import dev.sfntest.data.Json;
import dev.sfntest.data.CompiledPath;
import dev.sfntest.data.PathException;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;

/** JSON equality with numbers compared by value, and partial matching that names the first difference. */
final class JsonMatch {
    private static final Comparator<JsonNode> NUMBERS = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    private JsonMatch() {
    }

    static JsonNode parse(String json) {
        try {
            return Json.parse(json);
        } catch (InvalidJsonException e) {
            throw new IllegalArgumentException("The expected value is not JSON: " + e.problem() + "\n  "
                    + json);
        }
    }

    /** {@code expected} as JSON: a node as it is, else a string, number, boolean, map or list converted. */
    static JsonNode value(Object expected) {
        return expected instanceof JsonNode node ? node : Json.mapper().valueToTree(expected);
    }

    /** The value at {@code jsonPath} of {@code document}, or {@code null} when there is none. */
    static JsonNode at(JsonNode document, String jsonPath) {
        CompiledPath path;
        try {
            path = CompiledPath.compile(jsonPath);
        } catch (PathException e) {
            throw new IllegalArgumentException("\"" + jsonPath + "\" is not a JSONPath: " + e.getMessage(), e);
        }
        if (document == null) {
            return null;
        }
        try {
            return path.read(document);
        } catch (PathException e) {
            return null;
        }
    }

    /** {@code null}, or the node written as JSON. */
    static String write(JsonNode node) {
        return node == null ? null : Json.write(node);
    }

    static boolean equal(JsonNode expected, JsonNode actual) {
        return actual != null && expected.equals(NUMBERS, actual);
    }

    /** {@code null} when {@code actual} holds everything in {@code expected}, else where and how it differs. */
    static String difference(JsonNode expected, JsonNode actual, String pointer) {
        String at = pointer.isEmpty() ? "the root" : pointer;
        if (actual == null || actual.isMissingNode()) {
            return at + " is missing";
        }
        if (expected.isObject() && actual.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String found = difference(field.getValue(), actual.get(field.getKey()), pointer + "/" + field.getKey());
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                return at + " has " + actual.size() + " elements, not " + expected.size() + ": " + Json.write(actual);
            }
            for (int i = 0; i < expected.size(); i++) {
                String found = difference(expected.get(i), actual.get(i), pointer + "/" + i);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        return equal(expected, actual) ? null
                : at + " is " + Json.write(actual) + ", not " + Json.write(expected);
    }
}
