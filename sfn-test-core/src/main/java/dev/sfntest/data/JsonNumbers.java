package dev.sfntest.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import java.math.BigDecimal;

/**
 * Numbers with a fraction or an exponent as the JSON readers build them: a {@code double} when
 * one holds the value, otherwise (beyond {@code Double.MAX_VALUE}, like {@code 1e400}, or so
 * small that it would round to zero) the exact decimal, so that no number turns into
 * {@code Infinity} (which JSON cannot print) or into a different number that compares equal.
 */
final class JsonNumbers {
    private JsonNumbers() {
    }

    /**
     * The node of a JSON number's text.
     *
     * @throws NumberFormatException when the exponent is beyond what any reader can hold
     */
    static JsonNode fractional(String text) {
        double value = Double.parseDouble(text);
        if (Double.isFinite(value) && (value != 0 || isZero(text))) {
            return DoubleNode.valueOf(value);
        }
        return DecimalNode.valueOf(new BigDecimal(text));
    }

    private static boolean isZero(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'e' || c == 'E') {
                return true;
            }
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }
}
