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
    private Placeholders() {
    }

    /** A placeholder as SAM, CloudFormation and CDK write it: {@code ${Name}}, the name in group 1. */
    public static Pattern pattern() {
        return Holder.PLACEHOLDER;
    }

    /**
     * Whether the text holds a placeholder ({@link #pattern()} finds one), checked without a
     * regular expression: most texts have none, and the first regular expression of a run costs
     * milliseconds.
     */
    public static boolean contains(String text) {
        for (int start = text.indexOf("${"); start >= 0; start = text.indexOf("${", start + 1)) {
            int close = text.indexOf('}', start + 2);
            if (close < 0) {
                return false;
            }
            if (close > start + 2) {
                return true;
            }
        }
        return false;
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
        Matcher matcher = pattern().matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = substitutions.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : matcher.group()));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static final class Holder {
        static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

        private Holder() {
        }
    }
}
