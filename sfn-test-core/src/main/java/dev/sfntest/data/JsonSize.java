package dev.sfntest.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * The size in UTF-8 bytes of a tree's compact JSON text, as {@link Json#write} would write it,
 * counted without writing it: AWS's payload limits are checked on every execution input, output
 * and task result, most of them far below the limit.
 */
final class JsonSize {
    private long bytes;
    private final long stopAbove;
    private final int maxDepth;
    private boolean tooDeep;

    private JsonSize(long stopAbove, int maxDepth) {
        this.stopAbove = stopAbove;
        this.maxDepth = maxDepth;
    }

    /** The size, or some value above {@code stopAbove} as soon as the count passes it. */
    static long utf8Bytes(JsonNode node, long stopAbove) {
        JsonSize size = new JsonSize(stopAbove, Integer.MAX_VALUE);
        size.count(node, 0);
        return size.bytes;
    }

    /**
     * In one walk, whether the tree's text passes {@code maxBytes} or its containers nest deeper
     * than {@code maxDepth}; the walk stops at the first of the two, so it never recurses deeper
     * than {@code maxDepth + 1} levels.
     */
    static Json.Bounds bounds(JsonNode node, long maxBytes, int maxDepth) {
        JsonSize size = new JsonSize(maxBytes, maxDepth);
        size.count(node, 0);
        if (size.bytes > maxBytes) {
            return Json.Bounds.TOO_LARGE;
        }
        return size.tooDeep ? Json.Bounds.TOO_DEEP : Json.Bounds.WITHIN;
    }

    private void count(JsonNode node, int depth) {
        if (bytes > stopAbove || tooDeep) {
            return;
        }
        if (node.isContainerNode() && depth >= maxDepth) {
            tooDeep = true;
            return;
        }
        switch (node.getNodeType()) {
            case OBJECT:
                bytes += 1 + 2L * node.size() + (node.size() == 0 ? 1 : 0); // braces, colons and commas
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    bytes += quoted(field.getKey());
                    count(field.getValue(), depth + 1);
                }
                break;
            case ARRAY:
                bytes += node.size() == 0 ? 2 : 1 + node.size(); // brackets and commas
                for (JsonNode element : node) {
                    count(element, depth + 1);
                }
                break;
            case STRING:
                bytes += quoted(node.textValue());
                break;
            case NUMBER:
                bytes += number(node);
                break;
            case BOOLEAN:
                bytes += node.booleanValue() ? 4 : 5;
                break;
            case NULL:
            case MISSING:
                bytes += 4;
                break;
            default:
                bytes += Json.write(node).getBytes(StandardCharsets.UTF_8).length;
                break;
        }
    }

    private static long number(JsonNode node) {
        switch (node.numberType()) {
            case INT:
            case LONG:
                return digits(node.longValue());
            case BIG_INTEGER:
                return node.bigIntegerValue().toString().length();
            case FLOAT:
                float f = node.floatValue();
                return Float.isFinite(f) ? Float.toString(f).length() : Float.toString(f).length() + 2;
            case DOUBLE:
                double d = node.doubleValue();
                return Double.isFinite(d) ? Double.toString(d).length() : Double.toString(d).length() + 2;
            default:
                return node.decimalValue().toString().length();
        }
    }

    /** The length of the decimal text of the value, sign included. */
    static int digits(long value) {
        if (value == Long.MIN_VALUE) {
            return 20;
        }
        int length = value < 0 ? 2 : 1;
        for (long rest = Math.abs(value); rest >= 10; rest /= 10) {
            length++;
        }
        return length;
    }

    /** A string with its quotes, as Jackson escapes it (control characters, quote, backslash), in UTF-8. */
    private static long quoted(String text) {
        long size = 2;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                size += c == '\b' || c == '\t' || c == '\n' || c == '\f' || c == '\r' ? 2 : 6;
            } else if (c == '"' || c == '\\') {
                size += 2;
            } else if (c < 0x80) {
                size += 1;
            } else if (c < 0x800) {
                size += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                size += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                size += 6; // a lone surrogate: written as a six-character escape
            } else {
                size += 3;
            }
        }
        return size;
    }
}
