package dev.sfntest.service.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.Json;
import dev.sfntest.service.ServiceModel;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The smallest value a shape accepts: required members only, the first enum value, the minimum
 * length, count or value. Deterministic; recursive shapes stop at a fixed depth.
 */
public final class ShapeSamples {
    private static final int MAX_DEPTH = 12;
    /** A fixed instant (the engine's default start), so samples repeat. */
    private static final String TIMESTAMP = "2025-01-01T00:00:00Z";

    private final ServiceModel model;
    private final Set<String> anyJson;
    private final boolean numericTimestamps;
    private final boolean sdkNames;

    /**
     * @param anyJson top-level members that hold any JSON (sampled as {@code {}})
     * @param numericTimestamps whether timestamps are epoch milliseconds
     * @param sdkNames whether members are named as the AWS SDK integration writes them
     */
    public ShapeSamples(ServiceModel model, Set<String> anyJson, boolean numericTimestamps, boolean sdkNames) {
        this.model = model;
        this.anyJson = anyJson;
        this.numericTimestamps = numericTimestamps;
        this.sdkNames = sdkNames;
    }

    /** The minimal value of the shape named {@code shapeName}. */
    public JsonNode sample(String shapeName) {
        return value(model.shape(shapeName), 0, true);
    }

    private JsonNode value(JsonNode shape, int depth, boolean top) {
        String type = shape.path("type").asText();
        return switch (type) {
            case "structure" -> structure(shape, depth, top);
            case "list" -> list(shape, depth);
            case "map" -> Json.emptyObject();
            case "string" -> shape.path("enum").size() > 0 ? shape.path("enum").get(0)
                    : Json.nodes().textNode(text(shape));
            case "blob" -> Json.nodes().textNode("AA==");
            case "timestamp" -> numericTimestamps ? Json.nodes().numberNode(1_735_689_600_000L)
                    : Json.nodes().textNode(TIMESTAMP);
            case "boolean" -> Json.nodes().booleanNode(false);
            case "integer", "long" -> Json.nodes().numberNode(Math.max(0L, shape.path("min").asLong(0)));
            case "double", "float" -> Json.nodes().numberNode(Math.max(0.0, shape.path("min").asDouble(0)));
            default -> Json.emptyObject();
        };
    }

    private JsonNode structure(JsonNode shape, int depth, boolean top) {
        ObjectNode result = Json.emptyObject();
        if (depth > MAX_DEPTH) {
            return result;
        }
        for (JsonNode required : shape.path("required")) {
            String name = required.asText();
            String pascal = sdkNames ? MemberNames.sdk(name) : MemberNames.pascal(name);
            if (top && anyJson.contains(pascal)) {
                result.set(pascal, Json.emptyObject());
                continue;
            }
            JsonNode member = member(shape, name);
            result.set(pascal, member == null ? Json.emptyObject()
                    : value(model.shape(member.path("shape").asText()), depth + 1, false));
        }
        return result;
    }

    private static JsonNode member(JsonNode shape, String name) {
        for (Iterator<Map.Entry<String, JsonNode>> it = shape.path("members").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getKey().equals(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private JsonNode list(JsonNode shape, int depth) {
        ArrayNode result = Json.nodes().arrayNode();
        long count = Math.min(shape.path("min").asLong(0), 3);
        JsonNode element = model.shape(shape.path("member").path("shape").asText());
        for (long i = 0; i < count && depth <= MAX_DEPTH; i++) {
            result.add(value(element, depth + 1, false));
        }
        return result;
    }

    private static String text(JsonNode shape) {
        long min = Math.max(1, Math.min(shape.path("min").asLong(1), 64));
        return "x".repeat((int) min);
    }
}
