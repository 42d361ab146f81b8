package dev.sfntest.history;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.InvalidJsonException;
import dev.sfntest.data.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Reads events back from GetExecutionHistory's JSON shape (what {@link HistoryJson#events} writes
 * and {@code sfn-test run --history} prints): the event types, ids, timestamps, and the details
 * that say which state ran and which errors happened. Payloads are parsed back to JSON values.
 *
 * <pre>{@code
 * List<HistoryEvent> events = HistoryReader.events(Json.parse(text).get("history"));
 * ExecutionPath path = ExecutionPath.of(events);
 * }</pre>
 */
@API(status = EXPERIMENTAL)
public final class HistoryReader {
    private HistoryReader() {
    }

    /**
     * The events of a JSON array of history events.
     *
     * @throws IllegalArgumentException naming the event that is not in AWS's shape
     */
    public static List<HistoryEvent> events(JsonNode array) {
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException("A history must be a JSON array of events");
        }
        Map<String, HistoryEventType> types = new HashMap<>();
        for (HistoryEventType type : HistoryEventType.values()) {
            types.put(type.name(), type);
        }
        List<HistoryEvent> events = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode event = array.get(i);
            HistoryEventType type = types.get(event.path("type").asText());
            if (type == null) {
                throw new IllegalArgumentException("History event " + i + " has an unknown type '"
                        + event.path("type").asText() + "'");
            }
            JsonNode details = event.path(type.detailsField());
            events.add(new HistoryEvent(event.path("id").asLong(i + 1L), event.path("previousEventId").asLong(),
                    Instant.parse(event.path("timestamp").asText("1970-01-01T00:00:00Z")), type,
                    details(type, details)));
        }
        return events;
    }

    private static EventDetails details(HistoryEventType type, JsonNode details) {
        if (details.isMissingNode()) {
            return new EventDetails.None();
        }
        String name = type.name();
        if (name.endsWith("StateEntered")) {
            return new EventDetails.StateEntered(details.path("name").asText(), payload(details.get("input")));
        }
        if (name.endsWith("StateExited")) {
            return new EventDetails.StateExited(details.path("name").asText(), payload(details.get("output")), Map.of());
        }
        if (name.startsWith("MapIteration")) {
            return new EventDetails.MapIteration(details.path("name").asText(), details.path("index").asInt());
        }
        if (type == HistoryEventType.TaskFailed || type == HistoryEventType.TaskTimedOut) {
            return new EventDetails.TaskFailed(details.path("resourceType").asText(null),
                    details.path("resource").asText(null), text(details, "error"), text(details, "cause"));
        }
        if (type == HistoryEventType.ExecutionRedriven) {
            return new EventDetails.ExecutionRedriven(details.path("redriveCount").asInt());
        }
        if (type == HistoryEventType.EvaluationFailed) {
            return new EventDetails.EvaluationFailed(text(details, "error"), text(details, "cause"),
                    text(details, "location"), text(details, "state"));
        }
        if (details.has("error") || details.has("cause")) {
            return new EventDetails.Failure(text(details, "error"), text(details, "cause"));
        }
        return new EventDetails.None();
    }

    private static String text(JsonNode details, String field) {
        JsonNode value = details.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static JsonNode payload(JsonNode text) {
        if (text == null || !text.isTextual()) {
            return Json.nodes().nullNode();
        }
        try {
            return Json.parse(text.textValue());
        } catch (InvalidJsonException e) {
            return text;
        }
    }
}
