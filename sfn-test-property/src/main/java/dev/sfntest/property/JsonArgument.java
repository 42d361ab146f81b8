package dev.sfntest.property;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.SfnTestException;
import dev.sfntest.data.Json;
import dev.sfntest.data.InvalidJsonException;
import java.util.Objects;

/** JSON text given to a {@code String} overload, parsed with an unchecked, located error. */
final class JsonArgument {
    private JsonArgument() {
    }

    /** @throws SfnTestException when {@code json} is not JSON, naming {@code what} and {@code line:column} */
    static JsonNode parse(String json, String what) {
        Objects.requireNonNull(json, what);
        try {
            return Json.parse(json);
        } catch (InvalidJsonException e) {
            throw new SfnTestException(what + " is not JSON: " + e.getMessage(), e);
        }
    }
}
