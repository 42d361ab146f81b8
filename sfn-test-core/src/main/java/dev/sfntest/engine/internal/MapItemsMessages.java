package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import dev.sfntest.data.jsonata.JsonataTemplate;

/**
 * AWS's causes for a JSONata Map state whose items are not an array ({@code States.QueryEvaluationError}),
 * shared by executions and TestState.
 */
public final class MapItemsMessages {
    private MapItemsMessages() {
    }

    /** The cause when the Map state has no {@code Items} and its input is not an array. */
    public static String inputNotAnArray(JsonNode input) {
        return "Map state input must be an array but was: " + Json.write(input);
    }

    /** The cause when {@code Items} (written as {@code items}) yields {@code value}, not an array. */
    public static String itemsNotAnArray(JsonNode items, JsonNode value) {
        String text = items.isTextual() && JsonataTemplate.isExpression(items.textValue())
                ? JsonataTemplate.expressionText(items.textValue()) : Json.write(items);
        return "The JSONata expression '" + text + "' specified for the field 'Items' returned an unexpected result "
                + "type. Expected 'array', but was '" + Json.typeName(value) + "' for value: " + Json.write(value);
    }
}
