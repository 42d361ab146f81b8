package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.ChoiceState;
import dev.sfntest.data.ErrorNames;
import dev.sfntest.data.Json;

/** JSONata Choice rules: each {@code Condition} must yield a boolean; the first true one wins. */
final class ChoiceConditions {
    private ChoiceConditions() {
    }

    /** The index of the first rule whose Condition is true, or -1. */
    static int firstMatch(StateVisit visit, ChoiceState choice) {
        for (int i = 0; i < choice.choices().size(); i++) {
            String field = "Choices[" + i + "]/Condition";
            JsonNode condition = visit.jsonata("/Choices/" + i + "/Condition", field, null);
            if (condition == null || !condition.isBoolean()) {
                throw visit.failure(ErrorNames.QUERY_EVALUATION_ERROR, "The JSONata expression specified for the "
                        + "field '" + field + "' returned an unexpected result type. Expected 'boolean', but was '"
                        + (condition == null ? "undefined" : Json.typeName(condition)) + "' for value: "
                        + (condition == null ? "undefined" : Json.write(condition)), field);
            }
            if (condition.booleanValue()) {
                return i;
            }
        }
        return -1;
    }
}
