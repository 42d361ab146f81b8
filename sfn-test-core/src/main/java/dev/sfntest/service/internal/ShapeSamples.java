package dev.sfntest.service.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.Json;
import dev.sfntest.service.ServiceModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
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

    /** As {@link #sample}, with the top-level optional members {@code optional} (as written) added, each minimal. */
    public JsonNode sample(String shapeName, Collection<String> optional) {
        JsonNode shape = model.shape(shapeName);
        JsonNode result = value(shape, 0, true);
        if (result instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = shape.path("members").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                String name = name(member.getKey());
                if (optional.contains(name) && !object.has(name)) {
                    object.set(name, anyJson.contains(name) ? Json.emptyObject()
                            : value(model.shape(member.getValue().path("shape").asText()), 1, false));
                }
            }
        }
        return result;
    }

    /** The top-level members of {@code shapeName} that are not required, as written. */
    public List<String> optionalMembers(String shapeName) {
        JsonNode shape = model.shape(shapeName);
        Set<String> required = new HashSet<>();
        shape.path("required").forEach(name -> required.add(name.asText()));
        List<String> optional = new ArrayList<>();
        shape.path("members").fieldNames().forEachRemaining(member -> {
            if (!required.contains(member)) {
                optional.add(name(member));
            }
        });
        return optional;
    }

    private String name(String member) {
        return sdkNames ? MemberNames.sdk(member) : MemberNames.pascal(member);
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
            String pascal = name(name);
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
        long min = Math.max(1, Math.min(shape.path("min").asLong(1), 4096));
        return "x".repeat((int) min);
    }
}
