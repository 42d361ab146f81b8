package dev.sfntest.property.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.sfntest.asl.ComparisonOperator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The values that aim at a Choice comparison: its threshold and each side of it, then a value of
 * the wrong type. "Missing" is added by the caller for every path.
 */
final class Candidates {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String TIMESTAMP = "2025-01-01T00:00:00Z";

    private Candidates() {
    }

    /** Values on and around {@code operand} for {@code operator} ({@code operand} null for path and type tests). */
    static List<JsonNode> around(ComparisonOperator operator, JsonNode operand) {
        String name = operator.name();
        if (name.startsWith("Numeric")) {
            return numeric(operand);
        }
        if (name.startsWith("StringMatches")) {
            String pattern = operand == null ? "" : operand.asText();
            String empty = pattern.replace("\\*", "\u0000").replace("*", "").replace("\u0000", "*");
            String filled = pattern.replace("\\*", "\u0000").replace("*", "x").replace("\u0000", "*");
            return List.of(NODES.textNode(filled), NODES.textNode(empty), NODES.textNode("~" + empty + "~"),
                    NODES.numberNode(0));
        }
        if (name.startsWith("String")) {
            String text = operand == null || !operand.isTextual() ? "m" : operand.asText();
            String below = text.isEmpty() ? "" : text.substring(0, text.length() - 1);
            return List.of(NODES.textNode(text), NODES.textNode(below), NODES.textNode(text + "a"),
                    NODES.numberNode(0));
        }
        if (name.startsWith("Boolean")) {
            return List.of(NODES.booleanNode(true), NODES.booleanNode(false), NODES.textNode("true"));
        }
        if (name.startsWith("Timestamp")) {
            return timestamps(operand == null ? TIMESTAMP : operand.asText());
        }
        return typeTest(operator);
    }

    private static List<JsonNode> numeric(JsonNode operand) {
        if (operand == null || !operand.isNumber()) {
            return List.of(NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(1), NODES.textNode("0"));
        }
        BigDecimal value = operand.decimalValue();
        BigDecimal step = operand.isIntegralNumber() ? BigDecimal.ONE : new BigDecimal("0.01");
        return List.of(number(value), number(value.subtract(step)), number(value.add(step)),
                NODES.textNode(operand.asText()));
    }

    private static JsonNode number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() <= 0) {
            return NODES.numberNode(plain.longValueExact());
        }
        return NODES.numberNode(plain);
    }

    private static List<JsonNode> timestamps(String text) {
        try {
            Instant instant = Instant.parse(text);
            return List.of(NODES.textNode(text), NODES.textNode(instant.minusSeconds(1).toString()),
                    NODES.textNode(instant.plusSeconds(1).toString()), NODES.textNode("not-a-timestamp"));
        } catch (DateTimeParseException e) {
            return List.of(NODES.textNode(TIMESTAMP), NODES.textNode("not-a-timestamp"));
        }
    }

    private static List<JsonNode> typeTest(ComparisonOperator operator) {
        switch (operator) {
            case IsNull:
                return List.of(NODES.nullNode(), NODES.textNode("x"));
            case IsNumeric:
                return List.of(NODES.numberNode(0), NODES.textNode("x"));
            case IsString:
                return List.of(NODES.textNode("x"), NODES.numberNode(0));
            case IsBoolean:
                return List.of(NODES.booleanNode(true), NODES.numberNode(0));
            case IsTimestamp:
                return List.of(NODES.textNode(TIMESTAMP), NODES.textNode("x"));
            default:
                return List.of(NODES.textNode("x"), NODES.nullNode());
        }
    }
}
