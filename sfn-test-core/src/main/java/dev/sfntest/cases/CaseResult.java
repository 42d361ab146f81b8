package dev.sfntest.cases;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.Json;
import dev.sfntest.history.HistoryEvent;
import java.util.List;
import org.apiguardian.api.API;

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
 * @param history the execution's events, or {@code null} when the case did not run
 * @param historyDifferences how the history differs from the case's {@code expected.history}
 *     ({@link RecordedHistory}), one line each; empty when it agrees or the case has none
 */
@API(status = EXPERIMENTAL)
public record CaseResult(String name, String status, JsonNode output, String error, String cause, String message,
        List<HistoryEvent> history, List<String> historyDifferences) {

    /** Copies the list. */
    public CaseResult {
        historyDifferences = List.copyOf(historyDifferences);
    }

    /** A result without a history. */
    public CaseResult(String name, String status, JsonNode output, String error, String cause, String message) {
        this(name, status, output, error, cause, message, null, List.of());
    }

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
     * (a missing field is unknown); an empty string when they agree. When {@code expected} has a
     * {@code history}, the {@link #historyDifferences} found when the case ran are included.
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
        if (expected.has("history") && history != null) {
            for (String difference : historyDifferences) {
                out.append("  history: ").append(difference).append('\n');
            }
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
