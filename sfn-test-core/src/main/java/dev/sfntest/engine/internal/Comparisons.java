package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.ComparisonOperator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.IntPredicate;

/**
 * The value comparisons: String, Numeric, Boolean and Timestamp operators and their {@code ...Path}
 * forms. A value or operand of the wrong type is no match, never an error.
 */
final class Comparisons {
    private static final IntPredicate EQUALS = order -> order == 0;
    private static final IntPredicate LESS_THAN = order -> order < 0;
    private static final IntPredicate GREATER_THAN = order -> order > 0;
    private static final IntPredicate LESS_THAN_EQUALS = order -> order <= 0;
    private static final IntPredicate GREATER_THAN_EQUALS = order -> order >= 0;

    private Comparisons() {
    }

    /** Whether {@code value} stands in the operator's relation to {@code operand}. */
    static boolean test(ComparisonOperator operator, JsonNode value, JsonNode operand) {
        return switch (operator) {
            case StringEquals, StringEqualsPath -> holds(strings(value, operand), EQUALS);
            case StringLessThan, StringLessThanPath -> holds(strings(value, operand), LESS_THAN);
            case StringGreaterThan, StringGreaterThanPath -> holds(strings(value, operand), GREATER_THAN);
            case StringLessThanEquals, StringLessThanEqualsPath -> holds(strings(value, operand), LESS_THAN_EQUALS);
            case StringGreaterThanEquals, StringGreaterThanEqualsPath ->
                    holds(strings(value, operand), GREATER_THAN_EQUALS);
            case StringMatches -> value.isTextual() && operand.isTextual()
                    && StringPatterns.matches(value.textValue(), operand.textValue());
            case NumericEquals, NumericEqualsPath -> holds(numbers(value, operand), EQUALS);
            case NumericLessThan, NumericLessThanPath -> holds(numbers(value, operand), LESS_THAN);
            case NumericGreaterThan, NumericGreaterThanPath -> holds(numbers(value, operand), GREATER_THAN);
            case NumericLessThanEquals, NumericLessThanEqualsPath -> holds(numbers(value, operand), LESS_THAN_EQUALS);
            case NumericGreaterThanEquals, NumericGreaterThanEqualsPath ->
                    holds(numbers(value, operand), GREATER_THAN_EQUALS);
            case BooleanEquals, BooleanEqualsPath -> value.isBoolean() && operand.isBoolean()
                    && value.booleanValue() == operand.booleanValue();
            case TimestampEquals, TimestampEqualsPath -> holds(timestamps(value, operand), EQUALS);
            case TimestampLessThan, TimestampLessThanPath -> holds(timestamps(value, operand), LESS_THAN);
            case TimestampGreaterThan, TimestampGreaterThanPath -> holds(timestamps(value, operand), GREATER_THAN);
            case TimestampLessThanEquals, TimestampLessThanEqualsPath ->
                    holds(timestamps(value, operand), LESS_THAN_EQUALS);
            case TimestampGreaterThanEquals, TimestampGreaterThanEqualsPath ->
                    holds(timestamps(value, operand), GREATER_THAN_EQUALS);
            case IsNull, IsPresent, IsNumeric, IsString, IsBoolean, IsTimestamp ->
                    throw new IllegalArgumentException(operator + " is a type test, not a comparison");
        };
    }

    private static boolean holds(Integer order, IntPredicate relation) {
        return order != null && relation.test(order);
    }

    /** UTF-16 lexicographic order, or {@code null} unless both are strings. */
    private static Integer strings(JsonNode value, JsonNode operand) {
        return value.isTextual() && operand.isTextual() ? value.textValue().compareTo(operand.textValue()) : null;
    }

    /** Exact numeric order ({@code 1} equals {@code 1.0}), or {@code null} unless both are numbers. */
    private static Integer numbers(JsonNode value, JsonNode operand) {
        if (!value.isNumber() || !operand.isNumber()) {
            return null;
        }
        if (isNonFinite(value) || isNonFinite(operand)) {
            return Double.compare(value.doubleValue(), operand.doubleValue());
        }
        if ((value.isInt() || value.isLong()) && (operand.isInt() || operand.isLong())) {
            return Long.compare(value.longValue(), operand.longValue());
        }
        BigDecimal left = value.decimalValue();
        BigDecimal right = operand.decimalValue();
        return left.compareTo(right);
    }

    private static boolean isNonFinite(JsonNode number) {
        return (number.isDouble() || number.isFloat()) && !Double.isFinite(number.doubleValue());
    }

    /** Order in time, or {@code null} unless both are RFC 3339 timestamps. */
    private static Integer timestamps(JsonNode value, JsonNode operand) {
        if (!value.isTextual() || !operand.isTextual()) {
            return null;
        }
        Instant left = Timestamps.parse(value.textValue());
        Instant right = Timestamps.parse(operand.textValue());
        return left == null || right == null ? null : left.compareTo(right);
    }
}
