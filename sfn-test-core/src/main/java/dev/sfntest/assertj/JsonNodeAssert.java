package dev.sfntest.assertj;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Assertions on a JSON value of an execution (its output, a value in it, a variable), with
 * AssertJ's object assertions besides. JSON expectations are JSON text; numbers compare by value
 * ({@code 1} equals {@code 1.0}). AssertJ's own {@code isEqualTo} compares {@code JsonNode}
 * objects as they are (numbers by type too): prefer {@code isEqualToJson} and {@code isEqualToValue}.
 *
 * <pre>{@code
 * assertThatExecution(result).output().containsJson("{\"status\": \"NEW\"}");
 * assertThatExecution(result).outputAt("$.charge.chargeId").isEqualToValue("ch-1001");
 * assertThatExecution(result).variable("total").isEqualToJson("270");
 * }</pre>
 */
@API(status = STABLE)
public class JsonNodeAssert extends AbstractObjectAssert<JsonNodeAssert, JsonNode> {
    private String name = "the JSON value";
    private SoftAssertionsProvider softly;

    /** Assertions on {@code actual} ({@code null} when there is no value). */
    public JsonNodeAssert(JsonNode actual) {
        super(actual, JsonNodeAssert.class);
    }

    /** StateNameCheck the value in messages ({@code the output of the execution}); keeps soft assertions soft. */
    final JsonNodeAssert named(String valueName, SoftAssertionsProvider soft) {
        this.name = valueName;
        this.softly = soft;
        return this;
    }

    static JsonNodeAssert of(JsonNode actual, String valueName, SoftAssertionsProvider soft) {
        JsonNodeAssert made = soft == null ? new JsonNodeAssert(actual)
                : soft.proxy(JsonNodeAssert.class, JsonNode.class, actual);
        return made.named(valueName, soft);
    }

    /** Fails unless the value equals the JSON {@code json}. */
    public JsonNodeAssert isEqualToJson(String json) {
        JsonNode expected = JsonMatch.parse(json);
        if (!JsonMatch.equal(expected, actual)) {
            failWithActualExpectedAndMessage(JsonMatch.write(actual), Json.write(expected), "%s",
                    "Expected " + name + " to be " + Json.write(expected) + "\nbut " + was() + ".");
        }
        return this;
    }

    /** Fails unless the value equals {@code expected}: a JSON node, string, number, boolean, map or list. */
    public JsonNodeAssert isEqualToValue(Object expected) {
        JsonNode wanted = JsonMatch.value(expected);
        if (!JsonMatch.equal(wanted, actual)) {
            failWithActualExpectedAndMessage(JsonMatch.write(actual), Json.write(wanted), "%s",
                    "Expected " + name + " to be " + Json.write(wanted) + "\nbut " + was() + ".");
        }
        return this;
    }

    /** Fails unless the value holds every field of {@code json}, at any depth (arrays element by element). */
    public JsonNodeAssert containsJson(String json) {
        JsonNode expected = JsonMatch.parse(json);
        String difference = actual == null ? null : JsonMatch.difference(expected, actual, "");
        if (actual == null || difference != null) {
            failWithActualExpectedAndMessage(JsonMatch.write(actual), Json.write(expected), "%s",
                    "Expected " + name + " to contain " + Json.write(expected) + "\nbut "
                            + (actual == null ? was() : "in it " + difference) + ".");
        }
        return this;
    }

    /** The assertions on the value at {@code jsonPath} of this value ({@code null} when there is none). */
    public final JsonNodeAssert at(String jsonPath) {
        return of(JsonMatch.at(actual, jsonPath), jsonPath + " in " + name, softly);
    }

    private String was() {
        return actual == null ? "there is no such value" : "it was " + Json.write(actual);
    }
}
