package dev.sfntest.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Compact JSON text of a tree, character for character what a default Jackson {@code ObjectMapper}
 * writes (the same escapes, number forms, and {@code "NaN"} as a string), without loading
 * Jackson's generator. Binary and wrapped Java values are left to the mapper.
 */
final class JsonWriter {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final StringBuilder out = new StringBuilder(64);

    private JsonWriter() {
    }

    /** The text, or {@code null} when the tree holds a node only a mapper can write. */
    static String write(JsonNode node) {
        JsonWriter writer = new JsonWriter();
        return writer.value(node) ? writer.out.toString() : null;
    }

    private boolean value(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT:
                out.append('{');
                boolean firstField = true;
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    if (!firstField) {
                        out.append(',');
                    }
                    firstField = false;
                    string(field.getKey());
                    out.append(':');
                    if (!value(field.getValue())) {
                        return false;
                    }
                }
                out.append('}');
                return true;
            case ARRAY:
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    if (!value(node.get(i))) {
                        return false;
                    }
                }
                out.append(']');
                return true;
            case STRING:
                string(node.textValue());
                return true;
            case NUMBER:
                number(node);
                return true;
            case BOOLEAN:
                out.append(node.booleanValue() ? "true" : "false");
                return true;
            case NULL:
            case MISSING:
                out.append("null");
                return true;
            default:
                return false;
        }
    }

    private void number(JsonNode node) {
        switch (node.numberType()) {
            case INT:
            case LONG:
                out.append(node.longValue());
                break;
            case BIG_INTEGER:
                out.append(node.bigIntegerValue());
                break;
            case FLOAT:
                float f = node.floatValue();
                quotedIfNotFinite(Float.toString(f), Float.isFinite(f));
                break;
            case DOUBLE:
                double d = node.doubleValue();
                quotedIfNotFinite(Double.toString(d), Double.isFinite(d));
                break;
            default:
                out.append(node.decimalValue().toString());
                break;
        }
    }

    private void quotedIfNotFinite(String text, boolean finite) {
        if (finite) {
            out.append(text);
        } else {
            out.append('"').append(text).append('"');
        }
    }

    private void string(String text) {
        out.append('"');
        int length = text.length();
        int plainFrom = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && !Character.isSurrogate(c)) {
                continue;
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++; // a pair: one character, written as it is
                    continue;
                }
                // a lone surrogate has no UTF-8 form (an encoder writes '?'): escaped, it survives
                out.append(text, plainFrom, i).append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF])
                        .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
                plainFrom = i + 1;
                continue;
            }
            out.append(text, plainFrom, i).append('\\');
            switch (c) {
                case '"':
                case '\\':
                    out.append(c);
                    break;
                case '\b':
                    out.append('b');
                    break;
                case '\t':
                    out.append('t');
                    break;
                case '\n':
                    out.append('n');
                    break;
                case '\f':
                    out.append('f');
                    break;
                case '\r':
                    out.append('r');
                    break;
                default:
                    out.append("u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    break;
            }
            plainFrom = i + 1;
        }
        out.append(text, plainFrom, length).append('"');
    }
}
