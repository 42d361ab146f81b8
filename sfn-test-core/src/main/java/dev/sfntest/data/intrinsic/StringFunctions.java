package dev.sfntest.data.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.sfntest.data.Json;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** {@code States.Format} and {@code States.StringSplit}. */
final class StringFunctions {
    private StringFunctions() {
    }

    static JsonNode format(Invocation call) {
        List<String> pieces = call.arguments().get(0) instanceof Argument.StringLiteral literal
                ? literal.pieces()
                : Arrays.asList(call.string(0).split("\\{}", -1));
        int placeholders = pieces.size() - 1;
        int given = call.size() - 1;
        if (placeholders != given) {
            throw call.fail("the format string has " + placeholders
                    + (placeholders == 1 ? " placeholder" : " placeholders") + " but " + given
                    + (given == 1 ? " value was" : " values were") + " given");
        }
        StringBuilder text = new StringBuilder(pieces.get(0));
        for (int i = 1; i < pieces.size(); i++) {
            appendValue(text, call.value(i));
            text.append(pieces.get(i));
            ResultLimit.check("States.Format", text.length() > ResultLimit.MAX_BYTES);
        }
        return TextNode.valueOf(text.toString());
    }

    /**
     * Prints a value the way AWS's {@code States.Format} does: strings bare, numbers, booleans and
     * null as in JSON, objects as {@code {a=1, b=[x, y]}} and arrays as {@code [1, 2]}.
     */
    static void appendValue(StringBuilder text, JsonNode value) {
        if (value.isTextual()) {
            text.append(value.textValue());
        } else if (value.isObject()) {
            text.append('{');
            Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
            while (fields.hasNext()) {
                ResultLimit.check("States.Format", text.length() > ResultLimit.MAX_BYTES);
                Map.Entry<String, JsonNode> field = fields.next();
                text.append(field.getKey()).append('=');
                appendValue(text, field.getValue());
                text.append(fields.hasNext() ? ", " : "");
            }
            text.append('}');
        } else if (value.isArray()) {
            text.append('[');
            for (int i = 0; i < value.size(); i++) {
                ResultLimit.check("States.Format", text.length() > ResultLimit.MAX_BYTES);
                text.append(i > 0 ? ", " : "");
                appendValue(text, value.get(i));
            }
            text.append(']');
        } else {
            text.append(Json.write(value));
        }
    }

    /**
     * Splits at every character (code point: an emoji is one) of the delimiter string; empty
     * tokens are dropped, as AWS does.
     */
    static JsonNode split(Invocation call) {
        String text = call.string(0);
        String delimiters = call.string(1);
        ArrayNode result = Json.nodes().arrayNode();
        int start = 0;
        for (int i = 0; i <= text.length(); ) {
            int codePoint = i < text.length() ? text.codePointAt(i) : -1;
            int next = i < text.length() ? i + Character.charCount(codePoint) : i + 1;
            if (codePoint < 0 || isDelimiter(delimiters, codePoint)) {
                if (i > start) {
                    result.add(text.substring(start, i));
                }
                start = next;
            }
            i = next;
        }
        return result;
    }

    private static boolean isDelimiter(String delimiters, int codePoint) {
        for (int i = 0; i < delimiters.length(); ) {
            int delimiter = delimiters.codePointAt(i);
            if (delimiter == codePoint) {
                return true;
            }
            i += Character.charCount(delimiter);
        }
        return false;
    }
}
