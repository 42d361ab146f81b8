package dev.sfntest.data;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A reference path ({@code ResultPath}): a definite path of fields and indexes that says where a
 * result is placed in the state input.
 *
 * <pre>{@code
 * ReferencePath at = ReferencePath.compile("$.payment.result");
 * JsonNode output = at.place(input, result);   // input is left untouched
 * }</pre>
 *
 * <p>Placing never mutates the input: the objects along the path are copied shallowly, every
 * other value is shared. Missing objects along the path are created, as AWS does.
 */
@API(status = INTERNAL)
public final class ReferencePath {
    private final String text;
    private final List<Object> steps;

    private ReferencePath(String text, List<Object> steps) {
        this.text = text;
        this.steps = steps;
    }

    /**
     * Compiles a reference path.
     *
     * @throws PathException when the text is not a reference path (wildcards, filters, slices and
     *     recursive descent are not allowed; nor is a Context object or variable root)
     */
    public static ReferencePath compile(String text) {
        if (text == null || !text.startsWith("$")) {
            throw new PathException(text, "a reference path must start with '$'");
        }
        if (text.length() > 1 && text.charAt(1) != '.' && text.charAt(1) != '[') {
            throw new PathException(text, "a result can only be placed in the state input ('$...'), "
                    + "not in a variable or the Context object");
        }
        List<Object> steps = SimplePathParser.steps(text);
        return new ReferencePath(text, steps != null ? steps : ReferencePathSyntax.steps(text, 1));
    }

    /** The path as written. */
    public String text() {
        return text;
    }

    /** Whether this is {@code $}: the result replaces the whole input. */
    public boolean isRoot() {
        return steps.isEmpty();
    }

    /**
     * The input with the result placed at this path.
     *
     * @throws PathException when the input's shape does not allow it (a field of a non-object, an
     *     index out of range)
     */
    public JsonNode place(JsonNode input, JsonNode result) {
        return place(input, result, 0);
    }

    private JsonNode place(JsonNode current, JsonNode result, int depth) {
        if (depth == steps.size()) {
            return result;
        }
        Object step = steps.get(depth);
        if (step instanceof String field) {
            ObjectNode copy;
            if (current == null || current.isMissingNode()) {
                copy = Json.emptyObject();
            } else if (current.isObject()) {
                copy = Json.object(current.size() + 1);
                copy.setAll((ObjectNode) current);
            } else {
                throw unableToApply(current);
            }
            copy.set(field, place(copy.get(field), result, depth + 1));
            return copy;
        }
        int index = (Integer) step;
        if (current == null || !current.isArray() || index >= current.size()) {
            throw unableToApply(current);
        }
        ArrayNode copy = Json.nodes().arrayNode(current.size());
        copy.addAll((ArrayNode) current);
        copy.set(index, place(copy.get(index), result, depth + 1));
        return copy;
    }

    private PathException unableToApply(JsonNode node) {
        return new PathException(text, "Unable to apply ReferencePath " + text + " to input "
                + (node == null ? "null" : Json.write(node)));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReferencePath that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
