package dev.sfntest.data.jsonata;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.Json;
import dev.sfntest.data.StatesException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * A JSON value of a JSONata state ({@code Arguments}, {@code Output}, an {@code Assign} value,
 * {@code Items}, ...) whose strings of the form {@code {% expression %}} are evaluated; everything
 * else is taken literally.
 *
 * <pre>{@code
 * JsonataTemplate output = JsonataTemplate.compile(Json.parse("{\"total\": \"{% $sum($states.input.prices) %}\"}"));
 * JsonNode value = output.evaluate(bindings, "Output");
 * }</pre>
 */
@API(status = INTERNAL)
public final class JsonataTemplate {
    private final JsonNode source;
    private final Part root;

    private JsonataTemplate(JsonNode source, Part root) {
        this.source = source;
        this.root = root;
    }

    /**
     * Compiles a value.
     *
     * @throws JsonataSyntaxException when an expression does not parse
     */
    public static JsonataTemplate compile(JsonNode source) {
        return new JsonataTemplate(source, compilePart(source));
    }

    /** Whether a string is a JSONata expression: {@code {% ... %}}. */
    public static boolean isExpression(String text) {
        return text.startsWith("{%") && text.endsWith("%}") && text.length() >= 4;
    }

    /** The text between {@code {%} and {@code %}}, trimmed. */
    public static String expressionText(String text) {
        return text.substring(2, text.length() - 2).strip();
    }

    /** The value as written. */
    public JsonNode source() {
        return source;
    }

    /** Whether the value holds no expression, so that it evaluates to {@link #source()} itself. */
    public boolean isConstant() {
        return root instanceof Literal;
    }

    /**
     * Evaluates the value.
     *
     * @param field the field's name for messages, as AWS names it ({@code Output}, {@code Assign/x})
     * @throws StatesException {@code States.QueryEvaluationError} with AWS's cause when an
     *     expression fails, yields nothing, or yields a function
     */
    public JsonNode evaluate(JsonataBindings bindings, String field) {
        return root.evaluate(bindings, field);
    }

    private sealed interface Part permits Literal, ExpressionPart, ObjectPart, ArrayPart {
        JsonNode evaluate(JsonataBindings bindings, String field);
    }

    private record Literal(JsonNode value) implements Part {
        @Override
        public JsonNode evaluate(JsonataBindings bindings, String field) {
            return value;
        }
    }

    private record ExpressionPart(JsonataExpression expression) implements Part {
        @Override
        public JsonNode evaluate(JsonataBindings bindings, String field) {
            JsonNode value;
            try {
                value = expression.evaluate(bindings);
            } catch (JsonataEvaluationException e) {
                throw new JsonataFieldException(field, e.unsupportedResult()
                        ? "The JSONata expression '" + expression.text() + "' specified for the field '" + field
                                + "' returned an unsupported result type."
                        : "The JSONata expression '" + expression.text() + "' specified for the field '" + field
                                + "' threw an error during evaluation: " + e.getMessage());
            }
            if (value == null) {
                throw new JsonataFieldException(field, "The JSONata expression '"
                        + expression.text() + "' specified for the field '" + field + "' returned nothing (undefined).");
            }
            return value;
        }
    }

    private record ObjectPart(List<String> names, List<Part> parts) implements Part {
        @Override
        public JsonNode evaluate(JsonataBindings bindings, String field) {
            ObjectNode result = Json.emptyObject();
            for (int i = 0; i < names.size(); i++) {
                result.set(names.get(i), parts.get(i).evaluate(bindings, field + "/" + names.get(i)));
            }
            return result;
        }
    }

    private record ArrayPart(List<Part> parts) implements Part {
        @Override
        public JsonNode evaluate(JsonataBindings bindings, String field) {
            ArrayNode result = Json.nodes().arrayNode(parts.size());
            for (int i = 0; i < parts.size(); i++) {
                result.add(parts.get(i).evaluate(bindings, field + "[" + i + "]"));
            }
            return result;
        }
    }

    private static Part compilePart(JsonNode node) {
        if (node.isTextual() && isExpression(node.textValue())) {
            return new ExpressionPart(JsonataExpression.compile(expressionText(node.textValue())));
        }
        if (node.isObject() && containsExpression(node)) {
            List<String> names = new ArrayList<>();
            List<Part> parts = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                names.add(field.getKey());
                parts.add(compilePart(field.getValue()));
            }
            return new ObjectPart(List.copyOf(names), List.copyOf(parts));
        }
        if (node.isArray() && containsExpression(node)) {
            List<Part> parts = new ArrayList<>();
            node.forEach(element -> parts.add(compilePart(element)));
            return new ArrayPart(List.copyOf(parts));
        }
        return new Literal(node);
    }

    private static boolean containsExpression(JsonNode node) {
        if (node.isTextual()) {
            return isExpression(node.textValue());
        }
        for (JsonNode child : node) {
            if (containsExpression(child)) {
                return true;
            }
        }
        return false;
    }
}
