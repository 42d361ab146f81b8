package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.DynamicValue;
import dev.sfntest.data.PathException;
import dev.sfntest.data.StatesException;
import dev.sfntest.data.ErrorNames;
import dev.sfntest.data.Json;

/**
 * Reads a Fail state's Error and Cause: a JSONata value must be a string, an ErrorPath or
 * CausePath must resolve to one. The causes are AWS's, shared by executions and TestState.
 */
public final class FailPaths {
    private FailPaths() {
    }

    /** A JSONata Error or Cause: a string, or absent. */
    static String text(StateVisit visit, JsonNode value, String field) {
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw visit.failure(ErrorNames.QUERY_EVALUATION_ERROR, notAString(field, value), field);
        }
        return value.textValue();
    }

    static String read(StateVisit visit, DynamicValue value, String field, JsonNode input) {
        JsonNode result;
        try {
            result = value.evaluate(visit.data(input));
        } catch (PathException e) {
            throw visit.runtimeError(notFound(value, field, input));
        } catch (StatesException e) {
            throw visit.located(e);
        }
        if (!result.isTextual()) {
            throw visit.runtimeError(notAStringReference(value, field, result));
        }
        return result.textValue();
    }

    /** The cause ({@code States.QueryEvaluationError}) when a JSONata {@code field} yields {@code value}, not a string. */
    public static String notAString(String field, JsonNode value) {
        return "The " + field + " field must be a string, but was: " + Json.write(value);
    }

    /** The cause ({@code States.Runtime}) when the path {@code value} of {@code field} finds nothing in {@code input}. */
    public static String notFound(DynamicValue value, String field, JsonNode input) {
        return "The JSONPath '" + value.text() + "' specified for the field '" + field
                + "' could not be found in the input '" + Json.write(input) + "'";
    }

    /** The cause ({@code States.Runtime}) when the path {@code value} of {@code field} finds {@code result}, not a string. */
    public static String notAStringReference(DynamicValue value, String field, JsonNode result) {
        return "The " + field + " '" + value.text() + "' does not reference a string value: " + Json.write(result);
    }
}
