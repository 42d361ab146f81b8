package dev.sfntest.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.Json;

/**
 * What running a case produced: the execution's status, output, error and cause, or
 * {@code ERROR} with a message when the case could not be run.
 *
 * @param name the case's name
 * @param status {@code SUCCEEDED}, {@code FAILED}, {@code TIMED_OUT}, {@code ABORTED} or {@code ERROR}
 * @param output the output, or {@code null}
 * @param error the error, or {@code null}
 * @param cause the cause, or {@code null}
 * @param message why the case could not be run, or {@code null}
 */
public record CaseResult(String name, String status, JsonNode output, String error, String cause, String message) {

    /** The CLI's JSON line for this result. */
    public ObjectNode toJson() {
        ObjectNode node = Json.emptyObject();
        node.put("name", name);
        node.put("status", status);
        node.set("output", output == null ? Json.nodes().nullNode() : output);
        node.put("error", error);
        node.put("cause", cause);
        if (message != null) {
            node.put("message", message);
        }
        return node;
    }

    /**
     * The differences from a case's {@code expected}: only the fields present there are compared
     * (a missing field is unknown); an empty string when they agree.
     */
    public String differencesFrom(JsonNode expected) {
        StringBuilder out = new StringBuilder();
        if (expected == null) {
            return "";
        }
        compare(out, "status", expected.get("status"), Json.nodes().textNode(status));
        if (expected.has("output")) {
            compare(out, "output", expected.get("output"), output == null ? Json.nodes().nullNode() : output);
        }
        if (expected.has("error")) {
            compare(out, "error", expected.get("error"), error == null ? Json.nodes().nullNode()
                    : Json.nodes().textNode(error));
        }
        if (expected.has("cause")) {
            compare(out, "cause", expected.get("cause"), cause == null ? Json.nodes().nullNode()
                    : Json.nodes().textNode(cause));
        }
        if (message != null) {
            out.append("  message: ").append(message).append('\n');
        }
        return out.toString();
    }

    private static void compare(StringBuilder out, String field, JsonNode expected, JsonNode actual) {
        if (expected != null && !expected.equals(actual)) {
            out.append("  ").append(field).append(": expected ").append(Json.write(expected))
                    .append(" but was ").append(Json.write(actual)).append('\n');
        }
    }
}
