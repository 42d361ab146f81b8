package dev.sfntest.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.Json;
import dev.sfntest.history.HistoryEvent;
import dev.sfntest.history.HistoryJson;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * GetExecutionHistory (of an execution, or of a Map Run's child execution): the core's events in AWS's shape, timestamps as epoch seconds, paged with
 * {@code maxResults}/{@code nextToken}, newest first with {@code reverseOrder}, and without
 * payloads when {@code includeExecutionData} is false.
 */
final class HistoryPages {
    private final Backend backend;

    HistoryPages(Backend backend) {
        this.backend = backend;
    }

    ObjectNode page(JsonRequest request) {
        String arn = request.requiredArn("executionArn");
        List<HistoryEvent> events = eventsOf(arn);
        int maxResults = request.optionalInt("maxResults", 0, 1000, 0);
        boolean reverse = request.optionalBoolean("reverseOrder", false);
        String nextToken = request.optional("nextToken", 1, 1024);
        boolean withData = request.optionalBoolean("includeExecutionData", true);
        if (reverse) {
            events = new ArrayList<>(events);
            Collections.reverse(events);
        }
        Pages<HistoryEvent> page = Pages.of(events, maxResults, nextToken,
                arn + (reverse ? "|reverse" : ""));
        ObjectNode response = Json.emptyObject();
        ArrayNode array = response.putArray("events");
        for (HistoryEvent event : page.items()) {
            array.add(event(event, withData));
        }
        Wire.optional(response, "nextToken", page.nextToken());
        return response;
    }

    /** The events of an execution, or of a Map Run's child execution. */
    private List<HistoryEvent> eventsOf(String arn) {
        try {
            return backend.executions.get(arn).history();
        } catch (ApiException e) {
            MapRunActions.FoundChild child = "ExecutionDoesNotExist".equals(e.code()) ? backend.mapRuns.child(arn)
                    : null;
            if (child == null) {
                throw e;
            }
            return child.child().history();
        }
    }

    /** One event in the JSON 1.0 shape. */
    static ObjectNode event(HistoryEvent event, boolean withData) {
        ObjectNode node = HistoryJson.event(event);
        Wire.timestamp(node, "timestamp", event.timestamp());
        if (!withData) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                JsonNode details = field.getValue();
                if (details.isObject()) {
                    ((ObjectNode) details).remove(List.of("input", "inputDetails", "output", "outputDetails"));
                }
            }
        }
        return node;
    }
}
