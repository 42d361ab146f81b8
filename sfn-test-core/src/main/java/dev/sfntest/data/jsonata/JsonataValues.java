package dev.sfntest.data.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Utils;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between Jackson trees and the Java values the JSONata engine works on. JSON null is
 * the engine's {@code NULL_VALUE}; Java {@code null} is JSONata's "undefined".
 */
final class JsonataValues {
    private JsonataValues() {
    }

    /** A Jackson tree as JSONata values. */
    static Object toJava(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return null;
        }
        switch (node.getNodeType()) {
            case NULL:
                return Jsonata.NULL_VALUE;
            case BOOLEAN:
                return node.booleanValue();
            case STRING:
                return node.textValue();
            case NUMBER:
                if (node.isInt()) {
                    return node.intValue();
                }
                if (node.isLong()) {
                    return node.longValue();
                }
                return node.doubleValue();
            case ARRAY:
                List<Object> list = new ArrayList<>(node.size());
                node.forEach(element -> list.add(toJava(element)));
                return list;
            case OBJECT:
                Map<String, Object> map = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    map.put(field.getKey(), toJava(field.getValue()));
                }
                return map;
            default:
                return node.asText();
        }
    }

    /**
     * A JSONata value as a Jackson tree; {@code null} for undefined.
     *
     * @throws UnsupportedResultException for a function or another value JSON cannot hold
     */
    static JsonNode toJson(Object value) {
        JsonNodeFactory nodes = Json.nodes();
        if (value == null) {
            return null;
        }
        if (value == Jsonata.NULL_VALUE) {
            return nodes.nullNode();
        }
        if (value instanceof String text) {
            return nodes.textNode(text);
        }
        if (value instanceof Boolean bool) {
            return nodes.booleanNode(bool);
        }
        if (value instanceof Number number) {
            return number(number);
        }
        if (value instanceof List<?> list) {
            ArrayNode array = nodes.arrayNode(list.size());
            for (Object element : list) {
                JsonNode converted = toJson(element);
                if (converted != null) {
                    array.add(converted);
                }
            }
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = Json.emptyObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                JsonNode converted = toJson(entry.getValue());
                if (converted != null) {
                    object.set(String.valueOf(entry.getKey()), converted);
                }
            }
            return object;
        }
        throw new UnsupportedResultException();
    }

    private static JsonNode number(Number number) {
        JsonNodeFactory nodes = Json.nodes();
        if (number instanceof Integer || number instanceof Short || number instanceof Byte) {
            return nodes.numberNode(number.intValue());
        }
        if (number instanceof Long) {
            long whole = number.longValue();
            return whole == (int) whole ? nodes.numberNode((int) whole) : nodes.numberNode(whole);
        }
        if (number instanceof BigInteger big) {
            return nodes.numberNode(big);
        }
        double d = number instanceof BigDecimal decimal ? decimal.doubleValue() : number.doubleValue();
        if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
            long whole = (long) d;
            return whole == (int) whole ? nodes.numberNode((int) whole) : nodes.numberNode(whole);
        }
        return nodes.numberNode(d);
    }

    /** A JSONata sequence (a list that collapses to its only element). */
    static List<Object> sequence(List<?> values) {
        List<Object> sequence = Utils.createSequence();
        sequence.addAll(values);
        return sequence;
    }

    /** Thrown for a result JSON cannot hold (a function). */
    static final class UnsupportedResultException extends RuntimeException {
        UnsupportedResultException() {
            super(null, null, false, false);
        }
    }
}
