package dev.sfntest.property.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.property.Generator;
import dev.sfntest.property.Source;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Values valid against a JSON Schema, for the subset inputs use: {@code type} (one or a list),
 * {@code enum}, {@code const}, {@code properties}, {@code required}, {@code minimum},
 * {@code maximum}, {@code minLength}, {@code maxLength}, {@code format: date-time}, {@code items},
 * {@code minItems}, {@code maxItems}, {@code anyOf}/{@code oneOf}. Optional properties shrink
 * towards absent.
 */
public final class SchemaInputs {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Instant EPOCH = Instant.parse("2025-01-01T00:00:00Z");

    private SchemaInputs() {
    }

    /**
     * A generator of values valid against {@code schema}.
     *
     * @throws IllegalArgumentException naming the JSON Pointer of a keyword outside the subset
     */
    public static Generator<JsonNode> of(JsonNode schema) {
        return of(schema, "");
    }

    private static Generator<JsonNode> of(JsonNode schema, String at) {
        if (schema.has("$ref") || schema.has("allOf") || schema.has("pattern")) {
            String keyword = schema.has("$ref") ? "$ref" : schema.has("allOf") ? "allOf" : "pattern";
            throw new IllegalArgumentException("The schema keyword " + keyword + " at " + at + "/" + keyword
                    + " is not supported; supported: type, enum, const, properties, required, minimum, maximum, "
                    + "minLength, maxLength, format, items, minItems, maxItems, anyOf, oneOf");
        }
        if (schema.has("const")) {
            JsonNode value = schema.get("const");
            return source -> value.deepCopy();
        }
        if (schema.has("enum")) {
            List<JsonNode> values = new ArrayList<>();
            schema.get("enum").forEach(values::add);
            return source -> values.get(source.pick(values.size())).deepCopy();
        }
        for (String keyword : List.of("anyOf", "oneOf")) {
            if (schema.has(keyword)) {
                List<Generator<JsonNode>> options = new ArrayList<>();
                for (int i = 0; i < schema.get(keyword).size(); i++) {
                    options.add(of(schema.get(keyword).get(i), at + "/" + keyword + "/" + i));
                }
                return source -> options.get(source.pick(options.size())).generate(source);
            }
        }
        List<String> types = types(schema);
        List<Generator<JsonNode>> byType = new ArrayList<>();
        for (String type : types) {
            byType.add(ofType(type, schema, at));
        }
        return byType.size() == 1 ? byType.get(0) : source -> byType.get(source.pick(byType.size())).generate(source);
    }

    private static List<String> types(JsonNode schema) {
        JsonNode type = schema.get("type");
        List<String> types = new ArrayList<>();
        if (type == null) {
            types.add(schema.has("properties") ? "object" : schema.has("items") ? "array" : "any");
        } else if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        return types;
    }

    private static Generator<JsonNode> ofType(String type, JsonNode schema, String at) {
        switch (type) {
            case "object":
                return object(schema, at);
            case "array":
                Generator<JsonNode> item = schema.has("items") ? of(schema.get("items"), at + "/items")
                        : JsonValues.values(1);
                Generator<List<JsonNode>> items = Collections.lists(item, schema.path("minItems").asInt(0),
                        schema.path("maxItems").asInt(Math.max(5, schema.path("minItems").asInt(0))));
                return items.map(list -> {
                    ArrayNode array = NODES.arrayNode();
                    list.forEach(array::add);
                    return array;
                });
            case "string":
                return string(schema);
            case "integer":
                return source -> NODES.numberNode(Numbers.draw(source, min(schema), max(schema)));
            case "number":
                return source -> number(source, min(schema), max(schema));
            case "boolean":
                return source -> NODES.booleanNode(source.drawBoolean());
            case "null":
                return source -> NODES.nullNode();
            case "any":
                return JsonValues.values(2);
            default:
                throw new IllegalArgumentException("The schema type \"" + type + "\" at " + at
                        + "/type is not a JSON Schema type");
        }
    }

    private static Generator<JsonNode> object(JsonNode schema, String at) {
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        List<Map.Entry<String, Generator<JsonNode>>> properties = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : schema.path("properties").properties()) {
            properties.add(Map.entry(field.getKey(), of(field.getValue(), at + "/properties/" + field.getKey())));
        }
        return source -> {
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<String, Generator<JsonNode>> property : properties) {
                if (required.contains(property.getKey()) || source.drawBoolean()) {
                    object.set(property.getKey(), property.getValue().generate(source));
                }
            }
            return object;
        };
    }

    private static Generator<JsonNode> string(JsonNode schema) {
        if ("date-time".equals(schema.path("format").asText())) {
            return source -> NODES.textNode(EPOCH.plusSeconds(Numbers.draw(source, -86_400L * 365, 86_400L * 365))
                    .toString());
        }
        int min = schema.path("minLength").asInt(0);
        Generator<String> text = JsonValues.strings(JsonValues.textAlphabet(), min,
                schema.path("maxLength").asInt(Math.max(12, min)));
        return text.map(NODES::textNode);
    }

    private static long min(JsonNode schema) {
        if (schema.has("exclusiveMinimum") && schema.get("exclusiveMinimum").isNumber()) {
            return (long) Math.floor(schema.get("exclusiveMinimum").asDouble()) + 1;
        }
        return schema.has("minimum") ? (long) Math.ceil(schema.get("minimum").asDouble()) : -1_000_000;
    }

    private static long max(JsonNode schema) {
        if (schema.has("exclusiveMaximum") && schema.get("exclusiveMaximum").isNumber()) {
            return (long) Math.ceil(schema.get("exclusiveMaximum").asDouble()) - 1;
        }
        return schema.has("maximum") ? (long) Math.floor(schema.get("maximum").asDouble()) : 1_000_000;
    }

    private static JsonNode number(Source source, long min, long max) {
        long whole = Numbers.draw(source, min, max);
        long hundredths = whole < max ? source.draw(99) : 0;
        return NODES.numberNode(BigDecimal.valueOf(whole).add(BigDecimal.valueOf(hundredths, 2)));
    }
}
