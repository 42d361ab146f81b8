package dev.sfntest.asl.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.sfntest.data.Json;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** DefinitionSubstitutions: {@code ${Name}} placeholders in string values and field names. */
public final class Placeholders {
    /** A placeholder as SAM, CloudFormation and CDK write it. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    private Placeholders() {
    }

    /** A copy of the tree with every known placeholder replaced; unknown ones are left as written. */
    public static JsonNode substitute(JsonNode node, Map<String, String> substitutions) {
        if (substitutions.isEmpty()) {
            return node;
        }
        if (node.isTextual()) {
            return TextNode.valueOf(substitute(node.textValue(), substitutions));
        }
        if (node.isObject()) {
            ObjectNode copy = Json.emptyObject();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                copy.set(substitute(field.getKey(), substitutions), substitute(field.getValue(), substitutions));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = Json.nodes().arrayNode(node.size());
            node.forEach(element -> copy.add(substitute(element, substitutions)));
            return copy;
        }
        return node;
    }

    private static String substitute(String text, Map<String, String> substitutions) {
        if (text.indexOf("${") < 0) {
            return text;
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = substitutions.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : matcher.group()));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
