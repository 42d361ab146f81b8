package dev.sfntest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.SfnTestException;
import dev.sfntest.data.Json;
import dev.sfntest.data.InvalidJsonException;
import java.util.Objects;

/** JSON text given to a public method's {@code String} overload, parsed with an unchecked, located error. */
public final class JsonText {
    private JsonText() {
    }

    /**
     * The parsed text.
     *
     * @param what the argument, for the message ({@code "The execution input"})
     * @throws SfnTestException when {@code json} is not JSON, with {@code line:column} and a hint
     */
    public static JsonNode parse(String json, String what) {
        Objects.requireNonNull(json, what);
        try {
            return Json.parse(json);
        } catch (InvalidJsonException e) {
            throw new SfnTestException(what + " is not JSON: " + e.getMessage(), e);
        }
    }
}
