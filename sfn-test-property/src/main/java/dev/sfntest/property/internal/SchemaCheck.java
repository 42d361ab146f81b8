package dev.sfntest.property.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Validates a value against the JSON Schema subset {@link SchemaInputs} generates from: type,
 * enum, const, properties, required, minimum, maximum, exclusiveMinimum, exclusiveMaximum,
 * minLength, maxLength, items, minItems, maxItems, anyOf, oneOf. Other keywords are ignored.
 */
public final class SchemaCheck {
    private SchemaCheck() {
    }

    /** The first violation, as {@code "/lines/0 must be at least 1 but was 0"}, or {@code null}. */
    public static String violation(JsonNode schema, JsonNode value) {
        return check(schema, value, "");
    }

    private static String check(JsonNode schema, JsonNode value, String at) {
        String where = at.isEmpty() ? "the value" : at;
        if (schema.has("const") && !schema.get("const").equals(value)) {
            return where + " must be " + Json.write(schema.get("const")) + " but was " + Json.write(value);
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            return where + " must be one of " + Json.write(schema.get("enum")) + " but was " + Json.write(value);
        }
        String type = type(schema, value, where);
        if (type != null) {
            return type;
        }
        String alternatives = alternatives(schema, value, at, where);
        if (alternatives != null) {
            return alternatives;
        }
        if (value.isNumber()) {
            return number(schema, value, where);
        }
        if (value.isTextual()) {
            int length = value.asText().codePointCount(0, value.asText().length());
            if (length < schema.path("minLength").asInt(0) || length > schema.path("maxLength").asInt(Integer.MAX_VALUE)) {
                return where + " must have " + bounds(schema, "minLength", "maxLength") + " characters but has "
                        + length;
            }
        }
        if (value.isArray()) {
            return array(schema, value, at, where);
        }
        return value.isObject() ? object(schema, value, at, where) : null;
    }

    private static String type(JsonNode schema, JsonNode value, String where) {
        if (!schema.has("type")) {
            return null;
        }
        List<String> types = new ArrayList<>();
        if (schema.get("type").isArray()) {
            schema.get("type").forEach(t -> types.add(t.asText()));
        } else {
            types.add(schema.get("type").asText());
        }
        String actual = Json.typeName(value);
        boolean ok = types.contains(actual) || (types.contains("integer") && value.isIntegralNumber())
                || (types.contains("integer") && value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0);
        return ok ? null : where + " must be " + String.join(" or ", types) + " but was " + actual;
    }

    private static String alternatives(JsonNode schema, JsonNode value, String at, String where) {
        if (schema.has("anyOf")) {
            for (JsonNode option : schema.get("anyOf")) {
                if (check(option, value, at) == null) {
                    return null;
                }
            }
            return where + " matches none of anyOf";
        }
        if (schema.has("oneOf")) {
            int matching = 0;
            for (JsonNode option : schema.get("oneOf")) {
                matching += check(option, value, at) == null ? 1 : 0;
            }
            return matching == 1 ? null : where + " must match exactly one of oneOf but matches " + matching;
        }
        return null;
    }

    private static String number(JsonNode schema, JsonNode value, String where) {
        double number = value.asDouble();
        if (schema.has("minimum") && number < schema.get("minimum").asDouble()) {
            return where + " must be at least " + schema.get("minimum") + " but was " + value;
        }
        if (schema.has("maximum") && number > schema.get("maximum").asDouble()) {
            return where + " must be at most " + schema.get("maximum") + " but was " + value;
        }
        if (schema.path("exclusiveMinimum").isNumber() && number <= schema.get("exclusiveMinimum").asDouble()) {
            return where + " must be above " + schema.get("exclusiveMinimum") + " but was " + value;
        }
        if (schema.path("exclusiveMaximum").isNumber() && number >= schema.get("exclusiveMaximum").asDouble()) {
            return where + " must be below " + schema.get("exclusiveMaximum") + " but was " + value;
        }
        return null;
    }

    private static String array(JsonNode schema, JsonNode value, String at, String where) {
        if (value.size() < schema.path("minItems").asInt(0) || value.size() > schema.path("maxItems").asInt(Integer.MAX_VALUE)) {
            return where + " must have " + bounds(schema, "minItems", "maxItems") + " items but has " + value.size();
        }
        if (schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                String item = check(schema.get("items"), value.get(i), at + "/" + i);
                if (item != null) {
                    return item;
                }
            }
        }
        return null;
    }

    private static String object(JsonNode schema, JsonNode value, String at, String where) {
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                return where + " must have the field \"" + required.asText() + "\"";
            }
        }
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            if (value.has(property.getKey())) {
                String field = check(property.getValue(), value.get(property.getKey()),
                        at + "/" + property.getKey().replace("~", "~0").replace("/", "~1"));
                if (field != null) {
                    return field;
                }
            }
        }
        return null;
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode candidate : values) {
            if (candidate.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String bounds(JsonNode schema, String min, String max) {
        if (schema.has(min) && schema.has(max)) {
            return schema.get(min).asInt() + " to " + schema.get(max).asInt();
        }
        return schema.has(min) ? "at least " + schema.get(min).asInt() : "at most " + schema.get(max).asInt();
    }
}
