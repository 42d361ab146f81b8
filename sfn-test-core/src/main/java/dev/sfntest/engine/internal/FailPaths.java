package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.DynamicValue;
import dev.sfntest.data.PathException;
import dev.sfntest.data.StatesException;
import dev.sfntest.data.ErrorNames;
import dev.sfntest.data.Json;

/** Reads a Fail state's ErrorPath or CausePath: it must resolve to a string. */
final class FailPaths {
    private FailPaths() {
    }

    /** A JSONata Error or Cause: a string, or absent. */
    static String text(StateVisit visit, JsonNode value, String field) {
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw visit.failure(ErrorNames.QUERY_EVALUATION_ERROR, "The " + field
                    + " field must be a string, but was: " + Json.write(value), field);
        }
        return value.textValue();
    }

    static String read(StateVisit visit, DynamicValue value, String field, JsonNode input) {
        JsonNode result;
        try {
            result = value.evaluate(visit.data(input));
        } catch (PathException e) {
            throw visit.runtimeError("The JSONPath '" + value.text() + "' specified for the field '" + field
                    + "' could not be found in the input '" + Json.write(input) + "'");
        } catch (StatesException e) {
            throw visit.located(e);
        }
        if (!result.isTextual()) {
            throw visit.runtimeError("The " + field + " '" + value.text()
                    + "' does not reference a string value: " + Json.write(result));
        }
        return result.textValue();
    }
}
