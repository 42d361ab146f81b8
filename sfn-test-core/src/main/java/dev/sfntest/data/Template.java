package dev.sfntest.data;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * A compiled payload template ({@code Parameters}, {@code ResultSelector}, {@code ItemSelector}):
 * JSON whose fields ending in {@code .$} take their value from a path or an intrinsic function.
 *
 * <pre>{@code
 * Template template = Template.compile(Json.parse("{\"id.$\": \"$.order.id\", \"kind\": \"order\"}"));
 * JsonNode payload = template.evaluate(DataContext.ofInput(input));   // {"id": ..., "kind": "order"}
 * }</pre>
 *
 * <p>Parts without {@code .$} fields are shared, never copied.
 */
@API(status = INTERNAL)
public final class Template {
    private final JsonNode source;
    private final Part root;

    private Template(JsonNode source, Part root) {
        this.source = source;
        this.root = root;
    }

    /**
     * Compiles a template.
     *
     * @throws PathException when a {@code .$} field holds an invalid path or intrinsic call, or is
     *     not a string
     */
    public static Template compile(JsonNode source) {
        return compile(source, DynamicValue::compile);
    }

    /**
     * Compiles a template, compiling each {@code .$} field's text with the given function (which
     * may hand out one compiled value for texts it has seen: compiled values are immutable).
     *
     * @throws PathException as {@link #compile(JsonNode)}
     */
    public static Template compile(JsonNode source, Function<String, DynamicValue> dynamicValues) {
        return new Template(source, compilePart(source, dynamicValues));
    }

    /** The template as written. */
    public JsonNode source() {
        return source;
    }

    /**
     * The payload for the given data.
     *
     * @throws StatesException {@code States.Runtime} when a path does not resolve, or the error an
     *     intrinsic function raised
     */
    public JsonNode evaluate(DataContext data) {
        return root.evaluate(data);
    }

    private sealed interface Part permits Literal, ObjectPart, ArrayPart, DynamicField {
        JsonNode evaluate(DataContext data);
    }

    private record Literal(JsonNode value) implements Part {
        @Override
        public JsonNode evaluate(DataContext data) {
            return value;
        }
    }

    private record ObjectPart(List<String> names, List<Part> parts) implements Part {
        @Override
        public JsonNode evaluate(DataContext data) {
            ObjectNode result = Json.object(names.size());
            for (int i = 0; i < names.size(); i++) {
                result.set(names.get(i), parts.get(i).evaluate(data));
            }
            return result;
        }
    }

    private record ArrayPart(List<Part> parts) implements Part {
        @Override
        public JsonNode evaluate(DataContext data) {
            ArrayNode result = Json.nodes().arrayNode(parts.size());
            for (Part part : parts) {
                result.add(part.evaluate(data));
            }
            return result;
        }
    }

    private record DynamicField(String field, DynamicValue value) implements Part {
        @Override
        public JsonNode evaluate(DataContext data) {
            try {
                return value.evaluate(data);
            } catch (PathException e) {
                throw new StatesException(ErrorNames.RUNTIME, "The JSONPath '" + value.text()
                        + "' specified for the field '" + field + "' could not be found in the input '"
                        + Json.write(value.documentOf(data)) + "'");
            }
        }
    }

    private static Part compilePart(JsonNode node, Function<String, DynamicValue> dynamicValues) {
        if (node.isObject()) {
            if (!hasDynamicField(node)) {
                return new Literal(node);
            }
            List<String> names = new ArrayList<>();
            List<Part> parts = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String name = field.getKey();
                if (name.endsWith(".$")) {
                    names.add(name.substring(0, name.length() - 2));
                    parts.add(compileDynamic(name, field.getValue(), dynamicValues));
                } else {
                    names.add(name);
                    parts.add(compilePart(field.getValue(), dynamicValues));
                }
            }
            return new ObjectPart(List.copyOf(names), List.copyOf(parts));
        }
        if (node.isArray() && hasDynamicField(node)) {
            List<Part> parts = new ArrayList<>();
            for (JsonNode element : node) {
                parts.add(compilePart(element, dynamicValues));
            }
            return new ArrayPart(List.copyOf(parts));
        }
        return new Literal(node);
    }

    private static Part compileDynamic(String field, JsonNode value, Function<String, DynamicValue> dynamicValues) {
        if (!value.isTextual()) {
            throw new PathException(String.valueOf(value), "The value of the field '" + field
                    + "' must be a path or an intrinsic function call, found " + Json.write(value));
        }
        return new DynamicField(field, dynamicValues.apply(value.textValue()));
    }

    private static boolean hasDynamicField(JsonNode node) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().endsWith(".$") || hasDynamicField(field.getValue())) {
                    return true;
                }
            }
            return false;
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (hasDynamicField(element)) {
                    return true;
                }
            }
        }
        return false;
    }
}
