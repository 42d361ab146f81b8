package dev.sfntest.history;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.Json;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Renders histories and results in the JSON shapes of AWS's GetExecutionHistory and
 * DescribeExecution: payloads as JSON strings, each with its {@code ...Details}.
 *
 * <pre>{@code
 * ArrayNode events = HistoryJson.events(result.history());
 * }</pre>
 */
@API(status = EXPERIMENTAL)
public final class HistoryJson {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_INSTANT;

    private HistoryJson() {
    }

    /** The events as GetExecutionHistory lists them. */
    public static ArrayNode events(Iterable<HistoryEvent> history) {
        ArrayNode events = Json.nodes().arrayNode();
        for (HistoryEvent event : history) {
            events.add(event(event));
        }
        return events;
    }

    /** One event. */
    public static ObjectNode event(HistoryEvent event) {
        ObjectNode node = Json.emptyObject();
        node.put("timestamp", TIMESTAMP.format(event.timestamp()));
        node.put("type", event.type().name());
        node.put("id", event.id());
        node.put("previousEventId", event.previousEventId());
        ObjectNode details = details(event.details());
        if (details != null) {
            node.set(event.type().detailsField(), details);
        }
        return node;
    }

    private static ObjectNode details(EventDetails details) {
        ObjectNode node = Json.emptyObject();
        if (details instanceof EventDetails.None) {
            return null;
        } else if (details instanceof EventDetails.ExecutionStarted d) {
            payload(node, "input", d.input());
            node.put("roleArn", d.roleArn());
        } else if (details instanceof EventDetails.ExecutionRedriven d) {
            node.put("redriveCount", d.redriveCount());
        } else if (details instanceof EventDetails.StateEntered d) {
            node.put("name", d.name());
            payload(node, "input", d.input());
        } else if (details instanceof EventDetails.StateExited d) {
            node.put("name", d.name());
            payload(node, "output", d.output());
            if (!d.assignedVariables().isEmpty()) {
                ObjectNode assigned = node.putObject("assignedVariables");
                for (Map.Entry<String, JsonNode> entry : new TreeMap<>(d.assignedVariables()).entrySet()) {
                    assigned.put(entry.getKey(), Json.write(entry.getValue()));
                }
                node.putObject("assignedVariablesDetails").put("truncated", false);
            }
        } else if (details instanceof EventDetails.TaskScheduled d) {
            node.put("resourceType", d.resourceType());
            node.put("resource", d.resource());
            node.put("region", d.region());
            node.put("parameters", Json.write(d.parameters()));
            optional(node, "timeoutInSeconds", d.timeoutInSeconds());
            optional(node, "heartbeatInSeconds", d.heartbeatInSeconds());
        } else if (details instanceof EventDetails.TaskStarted d) {
            node.put("resourceType", d.resourceType());
            node.put("resource", d.resource());
        } else if (details instanceof EventDetails.ActivityStarted d) {
            node.put("workerName", d.workerName());
        } else if (details instanceof EventDetails.TaskSucceeded d) {
            node.put("resourceType", d.resourceType());
            node.put("resource", d.resource());
            payload(node, "output", d.output());
        } else if (details instanceof EventDetails.TaskFailed d) {
            node.put("resourceType", d.resourceType());
            node.put("resource", d.resource());
            errorAndCause(node, d.error(), d.cause());
        } else if (details instanceof EventDetails.Scheduled d) {
            node.put("resource", d.resource());
            payload(node, "input", d.input());
            optional(node, "timeoutInSeconds", d.timeoutInSeconds());
            optional(node, "heartbeatInSeconds", d.heartbeatInSeconds());
        } else if (details instanceof EventDetails.Output d) {
            payload(node, "output", d.output());
        } else if (details instanceof EventDetails.Failure d) {
            errorAndCause(node, d.error(), d.cause());
        } else if (details instanceof EventDetails.EvaluationFailed d) {
            errorAndCause(node, d.error(), d.cause());
            if (d.location() != null) {
                node.put("location", d.location());
            }
            node.put("state", d.state());
        } else if (details instanceof EventDetails.MapRunStarted d) {
            node.put("mapRunArn", d.mapRunArn());
        } else if (details instanceof EventDetails.MapRunRedriven d) {
            node.put("mapRunArn", d.mapRunArn());
            node.put("redriveCount", d.redriveCount());
        } else if (details instanceof EventDetails.MapStateStarted d) {
            node.put("length", d.length());
        } else if (details instanceof EventDetails.MapIteration d) {
            node.put("name", d.name());
            node.put("index", d.index());
        }
        return node;
    }

    private static void payload(ObjectNode node, String field, JsonNode value) {
        node.put(field, value == null ? "null" : Json.write(value));
        node.putObject(field + "Details").put("truncated", false);
    }

    private static void errorAndCause(ObjectNode node, String error, String cause) {
        if (error != null) {
            node.put("error", error);
        }
        if (cause != null) {
            node.put("cause", cause);
        }
    }

    private static void optional(ObjectNode node, String field, Long value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    /**
     * The result as the CLI prints it: {@code {"status", "output", "error", "cause"}}, with
     * {@code history} when asked.
     */
    public static ObjectNode result(ExecutionResult result, boolean withHistory) {
        ObjectNode node = Json.emptyObject();
        node.put("status", result.status().name());
        node.set("output", result.output() == null ? Json.nodes().nullNode() : result.output());
        node.put("error", result.error());
        node.put("cause", result.cause());
        if (withHistory) {
            node.set("history", events(result.history()));
        }
        return node;
    }
}
