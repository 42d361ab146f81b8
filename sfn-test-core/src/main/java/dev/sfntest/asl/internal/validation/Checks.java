package dev.sfntest.asl.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.QueryLanguage;
import dev.sfntest.asl.internal.Placeholders;
import dev.sfntest.asl.internal.Pointers;
import dev.sfntest.data.Json;
import java.util.Collection;
import java.util.Iterator;
import java.util.function.Function;

/** Field-level checks shared by every rule family: presence, JSON types, ranges, unknown fields. */
final class Checks {
    /** The largest value AWS accepts for most integer fields. */
    static final long MAX_INTEGER = 99_999_999L;

    private final Report report;

    Checks(Report report) {
        this.report = report;
    }

    Report report() {
        return report;
    }

    static String pointer(String base, String token) {
        return base + "/" + Pointers.escape(token);
    }

    static String pointer(String base, int index) {
        return base + "/" + index;
    }

    /** A string with a {@code ${Name}} placeholder, which stands for any value until substituted. */
    static boolean isPlaceholder(JsonNode value) {
        return value != null && value.isTextual() && Placeholders.contains(value.textValue());
    }

    /** A {@code {% ... %}} string. */
    static boolean isJsonata(JsonNode value) {
        return value != null && value.isTextual() && value.textValue().strip().startsWith("{%");
    }

    /** The value as JSON for a message, shortened. */
    static String show(JsonNode value) {
        String text = Json.write(value);
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    /** Reports and returns {@code false} when the required field is absent. */
    boolean required(JsonNode node, String field, String pointer, String what) {
        if (node.has(field)) {
            return true;
        }
        report.error("MISSING_FIELD", pointer, what + " is missing the required field '" + field + "'");
        return false;
    }

    /** Reports a present field that is not a string; {@code true} when it is one. */
    boolean string(JsonNode node, String field, String pointer) {
        JsonNode value = node.get(field);
        if (value == null) {
            return false;
        }
        if (!value.isTextual()) {
            report.error("INVALID_TYPE", pointer(pointer, field), "'" + field + "' must be a string, found "
                    + show(value));
            return false;
        }
        return true;
    }

    /** Reports a present field that is not an object; {@code true} when it is one. */
    boolean object(JsonNode node, String field, String pointer) {
        JsonNode value = node.get(field);
        if (value == null) {
            return false;
        }
        if (!value.isObject()) {
            report.error("INVALID_TYPE", pointer(pointer, field), "'" + field + "' must be an object, found "
                    + show(value));
            return false;
        }
        return true;
    }

    /**
     * Reports a present field that is not an integer in {@code [min, max]}; placeholders, and
     * {@code {% %}} expressions in JSONata states, stand for any value.
     */
    boolean integer(JsonNode node, String field, String pointer, long min, long max, QueryLanguage language) {
        JsonNode value = node.get(field);
        if (value == null || isPlaceholder(value) || language == QueryLanguage.JSONATA && isJsonata(value)) {
            return false;
        }
        String range = range(min, max);
        if (!value.isNumber() || !value.canConvertToExactIntegral()) {
            report.error("INVALID_TYPE", pointer(pointer, field), "'" + field + "' must be " + range
                    + ", found " + show(value));
            return false;
        }
        if (!value.canConvertToLong() || value.longValue() < min || value.longValue() > max) {
            report.error("INVALID_VALUE", pointer(pointer, field), "'" + field + "' must be " + range
                    + ", found " + show(value));
            return false;
        }
        return true;
    }

    private static String range(long min, long max) {
        if (min == 1 && max == MAX_INTEGER) {
            return "a positive integer (at most " + MAX_INTEGER + ")";
        }
        if (min == 0 && max == MAX_INTEGER) {
            return "a non-negative integer (at most " + MAX_INTEGER + ")";
        }
        return "an integer from " + min + " to " + max;
    }

    /** Reports a present string field whose value is not one of {@code values}. */
    void oneOf(JsonNode node, String field, String pointer, Collection<String> values) {
        JsonNode value = node.get(field);
        if (value == null || isPlaceholder(value)) {
            return;
        }
        if (!value.isTextual() || !values.contains(value.textValue())) {
            String written = value.isTextual() ? value.textValue() : show(value);
            report.error("INVALID_VALUE", pointer(pointer, field), "'" + field + "' must be one of "
                    + String.join(", ", values) + ", found '" + written + "'"
                    + (value.isTextual() ? Suggestions.didYouMean(written, values) : ""));
        }
    }

    /** Reports two fields that may not be used together. */
    boolean exclusive(JsonNode node, String first, String second, String pointer) {
        if (node.has(first) && node.has(second)) {
            report.error("CONFLICTING_FIELDS", pointer(pointer, second), "'" + first + "' and '" + second
                    + "' cannot be used together; keep one of them");
            return false;
        }
        return true;
    }

    /**
     * Reports every field of {@code node} outside {@code allowed}: a query-language mismatch when
     * {@code mismatch} has a hint for it, otherwise an unknown field with a did-you-mean.
     */
    void unknownFields(JsonNode node, String pointer, Collection<String> allowed, String what,
            Function<String, String> mismatch) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (allowed.contains(field)) {
                continue;
            }
            String hint = mismatch.apply(field);
            if (hint != null) {
                report.error("QUERY_LANGUAGE_MISMATCH", pointer(pointer, field), hint);
            } else {
                report.error("UNKNOWN_FIELD", pointer(pointer, field), "Field '" + field + "' is not allowed in "
                        + what + Suggestions.didYouMean(field, allowed));
            }
        }
    }
}
