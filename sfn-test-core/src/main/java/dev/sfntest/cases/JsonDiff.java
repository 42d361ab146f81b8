package dev.sfntest.cases;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import java.util.Iterator;
import java.util.List;

/**
 * Differences between two JSON values, each named by its path: a missing field, a field the
 * expected value lacks, or a different value. Numbers compare by value within their kind
 * (integral or decimal), as AWS printed them.
 */
final class JsonDiff {
    private static final int SHOWN = 200;

    private JsonDiff() {
    }

    /** Adds the differences between {@code expected} and {@code actual} at {@code path} to {@code out}. */
    static void diff(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isObject() && actual.isObject()) {
            for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!actual.has(key)) {
                    out.add(path + "." + key + ": missing (expected " + shown(expected.get(key)) + ")");
                } else {
                    diff(path + "." + key, expected.get(key), actual.get(key), out);
                }
            }
            for (Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!expected.has(key)) {
                    out.add(path + "." + key + ": unexpected (value " + shown(actual.get(key)) + ")");
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                diff(path + "[" + i + "]", expected.get(i), actual.get(i), out);
            }
        } else if (!same(expected, actual)) {
            out.add(path + ": expected " + shown(expected) + " but was " + shown(actual));
        }
    }

    /** Whether the two values are equal, numbers by value within their kind. */
    static boolean same(JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            if (expected.isIntegralNumber() != actual.isIntegralNumber()) {
                return false;
            }
            return expected.isIntegralNumber() ? expected.bigIntegerValue().equals(actual.bigIntegerValue())
                    : expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        if (expected.isObject() && actual.isObject()) {
            if (expected.size() != actual.size()) {
                return false;
            }
            for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!actual.has(key) || !same(expected.get(key), actual.get(key))) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                return false;
            }
            for (int i = 0; i < expected.size(); i++) {
                if (!same(expected.get(i), actual.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return expected.equals(actual);
    }

    /** The value's JSON text, cut to {@value #SHOWN} characters. */
    static String shown(JsonNode value) {
        String text = Json.write(value);
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "...";
    }
}
