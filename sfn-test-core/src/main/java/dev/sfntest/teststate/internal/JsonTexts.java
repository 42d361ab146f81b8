package dev.sfntest.teststate.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import dev.sfntest.data.InvalidJsonException;
import dev.sfntest.teststate.TestStateException;

/** The JSON texts of a TestState request (definition, input, variables, context), parsed with AWS's errors. */
public final class JsonTexts {
    private JsonTexts() {
    }

    /** A definition's text parsed; AWS's InvalidDefinition when it is not JSON. */
    public static JsonNode definition(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Json.parse(text);
        } catch (InvalidJsonException e) {
            throw TestStateException.invalidDefinition("Invalid State Machine Definition: 'INVALID_JSON_DESCRIPTION: "
                    + e.problem() + "'");
        }
    }

    /** A JSON text member ({@code input}, {@code variables}, {@code context}) parsed. */
    public static JsonNode text(String text, String member) {
        if (text == null) {
            return null;
        }
        try {
            return Json.parse(text);
        } catch (InvalidJsonException e) {
            throw TestStateException.validation("Invalid " + member + ": not valid JSON: " + e.problem());
        }
    }
}
