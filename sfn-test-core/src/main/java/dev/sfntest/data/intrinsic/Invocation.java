package dev.sfntest.data.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.DataContext;
import dev.sfntest.data.ErrorNames;
import dev.sfntest.data.Json;
import dev.sfntest.data.StatesException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * One evaluation of a call: the parsed arguments, their values, and the typed accessors every
 * function reads them through. Every failure goes through {@link #fail(String)}, so all causes read
 * {@code Invalid arguments in States.Name: ...}.
 */
record Invocation(Function function, List<Argument> arguments, List<JsonNode> values, DataContext data) {
    private static final int SHOWN_VALUE_LENGTH = 60;

    int size() {
        return values.size();
    }

    JsonNode value(int index) {
        return values.get(index);
    }

    ArrayNode array(int index) {
        JsonNode value = value(index);
        if (!value.isArray()) {
            throw wrongType(index, "an array");
        }
        return (ArrayNode) value;
    }

    ObjectNode object(int index) {
        JsonNode value = value(index);
        if (!value.isObject()) {
            throw wrongType(index, "an object");
        }
        return (ObjectNode) value;
    }

    String string(int index) {
        JsonNode value = value(index);
        if (!value.isTextual()) {
            throw wrongType(index, "a string");
        }
        return value.textValue();
    }

    boolean bool(int index) {
        JsonNode value = value(index);
        if (!value.isBoolean()) {
            throw wrongType(index, "a boolean");
        }
        return value.booleanValue();
    }

    /** An integer argument; a number with a fraction is refused. */
    long integer(int index) {
        JsonNode value = value(index);
        if (!value.isNumber() || !value.canConvertToExactIntegral() || !value.canConvertToLong()) {
            throw wrongType(index, "an integer");
        }
        return value.longValue();
    }

    /** A number rounded to the nearest integer, halves up ({@code -1.5} gives {@code -1}), as AWS's math functions do. */
    long rounded(int index) {
        JsonNode value = value(index);
        if (!value.isNumber()) {
            throw wrongType(index, "a number");
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();   // an integer rounds to itself: no BigDecimal on the hot path
        }
        if (!Double.isFinite(value.doubleValue()) || value.doubleValue() > 1e19 || value.doubleValue() < -1e19) {
            throw fail("argument " + (index + 1) + " is out of range, got " + shown(value));
        }
        BigDecimal rounded = value.decimalValue().add(new BigDecimal("0.5")).setScale(0, RoundingMode.FLOOR);
        if (rounded.toBigInteger().bitLength() > 63) {
            throw fail("argument " + (index + 1) + " is out of range, got " + shown(value));
        }
        return rounded.longValueExact();
    }

    /** The error every function raises for bad arguments. */
    StatesException fail(String detail) {
        return new StatesException(ErrorNames.INTRINSIC_FAILURE,
                "Invalid arguments in " + function.awsName() + ": " + detail);
    }

    private StatesException wrongType(int index, String expected) {
        return fail("argument " + (index + 1) + " must be " + expected + ", got " + shown(value(index)));
    }

    /** A value as a message shows it: its JSON type and its text, shortened. */
    static String shown(JsonNode value) {
        if (value.isNull()) {
            return "null";
        }
        String text = Json.write(value);
        if (text.length() > SHOWN_VALUE_LENGTH) {
            text = text.substring(0, SHOWN_VALUE_LENGTH) + "...";
        }
        return value.getNodeType().name().toLowerCase(Locale.ROOT) + " " + text;
    }
}
