package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.ChoiceRule;
import dev.sfntest.asl.ChoiceState;
import dev.sfntest.data.ErrorNames;
import dev.sfntest.data.Json;

/** JSONata Choice rules: each {@code Condition} must yield a boolean; the first true one wins. */
public final class ChoiceConditions {
    private ChoiceConditions() {
    }

    /**
     * AWS's cause when a {@code Condition} ({@code field}, such as {@code Choices[0]/Condition})
     * yields {@code condition} (or nothing: {@code null}) instead of a boolean.
     */
    public static String notBoolean(String field, JsonNode condition) {
        return "The JSONata expression specified for the field '" + field + "' returned an unexpected result type. "
                + "Expected 'boolean', but was '" + (condition == null ? "undefined" : Json.typeName(condition))
                + "' for value: " + (condition == null ? "undefined" : Json.write(condition));
    }

    /** The index of the first rule whose Condition is true, or -1. */
    static int firstMatch(StateVisit visit, ChoiceState choice) {
        for (int i = 0; i < choice.choices().size(); i++) {
            String field = "Choices[" + i + "]/Condition";
            JsonNode condition = visit.jsonata(((ChoiceRule.Condition) choice.choices().get(i).rule()).condition(),
                    field, null);
            if (condition == null || !condition.isBoolean()) {
                throw visit.failure(ErrorNames.QUERY_EVALUATION_ERROR, notBoolean(field, condition), field);
            }
            if (condition.booleanValue()) {
                return i;
            }
        }
        return -1;
    }
}
