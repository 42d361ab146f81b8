package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.ComparisonOperator;
import dev.sfntest.data.ErrorNames;
import dev.sfntest.data.StatesException;

/**
 * The type tests ({@code IsNull}, {@code IsNumeric}, {@code IsString}, {@code IsBoolean},
 * {@code IsTimestamp}): each takes a boolean, {@code false} meaning "is not".
 */
final class TypeTests {
    private TypeTests() {
    }

    /** Whether the operator is one of the type tests evaluated here ({@code IsPresent} is not). */
    static boolean handles(ComparisonOperator operator) {
        return switch (operator) {
            case IsNull, IsNumeric, IsString, IsBoolean, IsTimestamp -> true;
            default -> false;
        };
    }

    /** Whether a present {@code value} passes the type test, given its boolean operand. */
    static boolean test(ComparisonOperator operator, JsonNode value, JsonNode operand) {
        boolean is = switch (operator) {
            case IsNull -> value.isNull();
            case IsNumeric -> value.isNumber();
            case IsString -> value.isTextual();
            case IsBoolean -> value.isBoolean();
            case IsTimestamp -> value.isTextual() && Timestamps.parse(value.textValue()) != null;
            default -> throw new IllegalArgumentException(operator + " is not a type test");
        };
        return is == flag(operator, operand);
    }

    /**
     * The boolean operand of an {@code Is...} operator. Validation lets through only a placeholder
     * left unsubstituted ({@code "IsNumeric": "${Flag}"}), which fails the state with
     * {@code States.Runtime}.
     */
    static boolean flag(ComparisonOperator operator, JsonNode operand) {
        if (operand == null || !operand.isBoolean()) {
            throw new StatesException(ErrorNames.RUNTIME, operator + " takes true or false, not " + operand
                    + (operand != null && operand.isTextual() && operand.textValue().contains("${")
                    ? " (a placeholder left unsubstituted: pass its value as a substitution)" : ""));
        }
        return operand.booleanValue();
    }
}
