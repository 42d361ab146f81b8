package dev.sfntest.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import dev.sfntest.data.InvalidJsonException;
import java.util.Objects;

/** JSON text given to the mock API, parsed with a located message when it is not JSON. */
final class MockJson {
    private MockJson() {
    }

    /**
     * The parsed text.
     *
     * @param subject what took the text, for the message ({@code TaskMock for state 'A' returns})
     * @throws InvalidMockException when {@code json} is not JSON, with the place and a hint
     */
    static JsonNode parse(String json, String subject) {
        try {
            return Json.parse(Objects.requireNonNull(json, "json"));
        } catch (InvalidJsonException e) {
            boolean bareWord = e.hint().startsWith("did you mean to quote it");
            throw new InvalidMockException(subject + " text that is not JSON: " + e.getMessage()
                    + (bareWord && json.strip().indexOf(' ') < 0 && !json.contains("{")
                            ? " (in Java: \"\\\"" + json.strip() + "\\\"\")" : ""));
        }
    }
}
