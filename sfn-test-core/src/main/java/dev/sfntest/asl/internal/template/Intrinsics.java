package dev.sfntest.asl.internal.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.sfntest.asl.Diagnostic;
import dev.sfntest.asl.InvalidTemplateException;
import dev.sfntest.asl.internal.Pointers;
import dev.sfntest.data.Json;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import dev.sfntest.asl.internal.Placeholders;

/**
 * Evaluates the intrinsic functions of a template offline: {@code Ref} to a parameter with a
 * {@code Default} or to a pseudo parameter, {@code Fn::Sub}, {@code Fn::Join}, {@code Fn::Select}
 * and {@code Fn::If} (its condition evaluated) give text; what only a deployment knows
 * ({@code Fn::GetAtt}, {@code Ref} to a resource) becomes a {@code ${Name}} placeholder, noted
 * for a warning. A name the user supplies
 * always stays a placeholder, so the user's value wins.
 */
final class Intrinsics {
    /** Pseudo parameters and the fixed values they take offline. */
    static final Map<String, String> PSEUDO_DEFAULTS = Map.of(
            "AWS::Region", "us-east-1",
            "AWS::AccountId", "123456789012",
            "AWS::Partition", "aws",
            "AWS::URLSuffix", "amazonaws.com");

    private final String machine;
    private final Map<String, String> parameterDefaults;
    private final Map<String, String> supplied;
    private final Conditions conditions;
    private final Map<String, Unresolved> unresolved = new LinkedHashMap<>();

    /**
     * @param machine the state machine's logical id, for messages
     * @param parameterDefaults the template's parameters that have a {@code Default}, as text
     * @param conditions the template's {@code Conditions}, for {@code Fn::If}
     * @param supplied the user's substitutions
     */
    Intrinsics(String machine, Map<String, String> parameterDefaults, JsonNode conditions, Map<String, String> supplied) {
        this.machine = machine;
        this.parameterDefaults = parameterDefaults;
        this.conditions = new Conditions(conditions);
        this.supplied = supplied;
    }

    /** A placeholder made for what could not be resolved: its name, what was written, where. */
    record Unresolved(String name, String written, String pointer) {
    }

    /** The placeholders made so far, by name, first occurrence first. */
    Map<String, Unresolved> unresolved() {
        return unresolved;
    }

    /** A copy of the tree with every intrinsic function replaced by its text. */
    JsonNode resolveTree(JsonNode node, String pointer) {
        if (isIntrinsic(node)) {
            return TextNode.valueOf(text(node, pointer));
        }
        if (node.isObject()) {
            ObjectNode copy = Json.emptyObject();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                copy.set(field.getKey(), resolveTree(field.getValue(), pointer + "/" + Pointers.escape(field.getKey())));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = Json.nodes().arrayNode(node.size());
            for (int i = 0; i < node.size(); i++) {
                copy.add(resolveTree(node.get(i), pointer + "/" + i));
            }
            return copy;
        }
        return node;
    }

    /** The text a value stands for: a literal as written, an intrinsic function evaluated. */
    String text(JsonNode node, String pointer) {
        if (node.isValueNode() && !node.isNull()) {
            return node.asText();
        }
        if (!isIntrinsic(node)) {
            throw malformed(null, pointer, "a text or an intrinsic function", node);
        }
        Map.Entry<String, JsonNode> call = node.fields().next();
        String function = call.getKey();
        JsonNode argument = call.getValue();
        String at = pointer + "/" + Pointers.escape(function);
        return switch (function) {
            case "Ref" -> ref(argument, at);
            case "Fn::GetAtt" -> getAtt(argument, at);
            case "Fn::Sub" -> new Substitution(this, argument, at).text();
            case "Fn::Join" -> join(argument, at);
            case "Fn::Select" -> select(argument, at);
            case "Fn::If" -> conditions.choose(this, argument, at);
            default -> throw new InvalidTemplateException(Diagnostic.error("UNSUPPORTED_INTRINSIC", at,
                    "The state machine '" + machine + "' uses " + function + ", which sfn-test cannot evaluate "
                            + "offline; write the value itself there, or Ref a parameter (its Default is used)"));
        };
    }

    /** The text with the user's substitutions applied: what a condition compares. */
    String supplied(String text) {
        return Placeholders.substitute(TextNode.valueOf(text), supplied).textValue();
    }

    /** Whether the node is an intrinsic function call: one field, {@code Ref} or {@code Fn::...}. */
    static boolean isIntrinsic(JsonNode node) {
        if (!node.isObject() || node.size() != 1) {
            return false;
        }
        String key = node.fieldNames().next();
        return key.equals("Ref") || key.startsWith("Fn::");
    }

    /** {@code Ref Name}: a pseudo parameter or parameter with a default, else a placeholder. */
    String ref(JsonNode argument, String pointer) {
        if (!argument.isTextual()) {
            throw malformed("Ref", pointer, "a logical id", argument);
        }
        return reference(argument.textValue(), "Ref " + argument.textValue(), pointer);
    }

    /** The value of a name used by {@code Ref} or {@code ${Name}} in {@code Fn::Sub}. */
    String reference(String name, String written, String pointer) {
        if (!supplied.containsKey(name)) {
            String known = PSEUDO_DEFAULTS.containsKey(name) ? PSEUDO_DEFAULTS.get(name) : parameterDefaults.get(name);
            if (known != null) {
                return known;
            }
        }
        return placeholderFor(name, written, pointer);
    }

    private String getAtt(JsonNode argument, String pointer) {
        String name;
        if (argument.isTextual() && argument.textValue().indexOf('.') > 0) {
            name = argument.textValue();
        } else if (argument.isArray() && argument.size() == 2 && argument.get(0).isTextual()) {
            name = argument.get(0).textValue() + "." + text(argument.get(1), pointer + "/1");
        } else {
            throw malformed("Fn::GetAtt", pointer, "[LogicalId, Attribute] or \"LogicalId.Attribute\"", argument);
        }
        return placeholderFor(name, "Fn::GetAtt " + name, pointer);
    }

    private String join(JsonNode argument, String pointer) {
        if (!argument.isArray() || argument.size() != 2 || !argument.get(0).isTextual() || !argument.get(1).isArray()) {
            throw malformed("Fn::Join", pointer, "[delimiter, [values...]]", argument);
        }
        StringBuilder out = new StringBuilder();
        JsonNode values = argument.get(1);
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : argument.get(0).textValue()).append(text(values.get(i), pointer + "/1/" + i));
        }
        return out.toString();
    }

    private String select(JsonNode argument, String pointer) {
        if (!argument.isArray() || argument.size() != 2 || !argument.get(1).isArray()) {
            throw malformed("Fn::Select", pointer, "[index, [values...]]", argument);
        }
        String index = text(argument.get(0), pointer + "/0");
        JsonNode values = argument.get(1);
        if (!index.matches("\\d{1,9}") || Integer.parseInt(index) >= values.size()) {
            throw malformed("Fn::Select", pointer, "an index below " + values.size(), argument.get(0));
        }
        return text(values.get(Integer.parseInt(index)), pointer + "/1/" + index);
    }

    /** A placeholder for what only a deployment knows, noted for a warning unless the user supplies it. */
    String placeholderFor(String name, String written, String pointer) {
        if (!supplied.containsKey(name)) {
            unresolved.putIfAbsent(name, new Unresolved(name, written, pointer));
        }
        return "${" + name + "}";
    }

    /** An intrinsic function whose argument has the wrong shape. */
    InvalidTemplateException malformed(String function, String pointer, String expected, JsonNode actual) {
        return new InvalidTemplateException(Diagnostic.error("MALFORMED_INTRINSIC", pointer,
                "The state machine '" + machine + "' has " + (function == null ? "" : function + " with ")
                        + Json.write(actual) + " where " + expected + " is expected"));
    }
}
