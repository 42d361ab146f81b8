package dev.sfntest.data.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import dev.sfntest.data.Json;
import java.math.BigInteger;
import java.util.LinkedHashSet;
import java.util.Set;

/** {@code States.Array}, {@code ArrayPartition}, {@code ArrayContains}, {@code ArrayRange}, {@code ArrayGetItem}, {@code ArrayLength}, {@code ArrayUnique}. */
final class ArrayFunctions {
    static final int MAX_RANGE_ITEMS = 1000;

    private ArrayFunctions() {
    }

    static JsonNode array(Invocation call) {
        ArrayNode result = Json.nodes().arrayNode(call.size());
        call.values().forEach(result::add);
        return result;
    }

    static JsonNode partition(Invocation call) {
        ArrayNode array = call.array(0);
        long size = call.integer(1);
        if (size <= 0) {
            throw call.fail("the chunk size (argument 2) must be greater than 0, got " + size);
        }
        ArrayNode result = Json.nodes().arrayNode();
        ArrayNode chunk = null;
        for (int i = 0; i < array.size(); i++) {
            if (i % size == 0) {
                chunk = result.addArray();
            }
            chunk.add(array.get(i));
        }
        return result;
    }

    static JsonNode contains(Invocation call) {
        ArrayNode array = call.array(0);
        JsonNode wanted = call.value(1);
        for (JsonNode item : array) {
            if (item.equals(wanted)) {
                return BooleanNode.TRUE;
            }
        }
        return BooleanNode.FALSE;
    }

    static JsonNode range(Invocation call) {
        long start = call.integer(0);
        long end = call.integer(1);
        long step = call.integer(2);
        if (step == 0) {
            throw call.fail("the step (argument 3) must not be 0");
        }
        // exact: end - start overflows a long near its ends (States.ArrayRange(-9e18, 9e18, 9e18))
        BigInteger span = BigInteger.valueOf(end).subtract(BigInteger.valueOf(start));
        long count = span.signum() != 0 && span.signum() != Long.signum(step) ? 0
                : span.divide(BigInteger.valueOf(step)).add(BigInteger.ONE).min(BigInteger.valueOf(Long.MAX_VALUE))
                        .longValue();
        if (count > MAX_RANGE_ITEMS) {
            throw call.fail("the range would hold " + count + " items, more than the limit of " + MAX_RANGE_ITEMS);
        }
        ArrayNode result = Json.nodes().arrayNode((int) count);
        for (long i = 0, value = start; i < count; i++, value += step) {
            result.add(number(value));
        }
        return result;
    }

    static JsonNode getItem(Invocation call) {
        ArrayNode array = call.array(0);
        long index = call.integer(1);
        if (index < 0 || index >= array.size()) {
            throw call.fail("the index " + index + " is out of bounds for an array of " + array.size()
                    + (array.size() == 1 ? " item" : " items"));
        }
        return array.get((int) index);
    }

    static JsonNode length(Invocation call) {
        return IntNode.valueOf(call.array(0).size());
    }

    static JsonNode unique(Invocation call) {
        Set<JsonNode> seen = new LinkedHashSet<>();
        call.array(0).forEach(seen::add);
        ArrayNode result = Json.nodes().arrayNode(seen.size());
        seen.forEach(result::add);
        return result;
    }

    static JsonNode number(long value) {
        return value == (int) value ? IntNode.valueOf((int) value) : LongNode.valueOf(value);
    }
}
