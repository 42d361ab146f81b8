package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.asl.MapState;
import dev.sfntest.data.Json;
import dev.sfntest.data.CompiledPath;
import dev.sfntest.data.Template;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The child execution inputs of a distributed Map: each item through ItemSelector, then grouped
 * by {@code ItemBatcher} into {@code {"BatchInput": ..., "Items": [...]}} when there is one.
 */
final class ItemBatches {
    private ItemBatches() {
    }

    static List<JsonNode> inputs(StateVisit visit, MapState map, JsonNode effective, JsonNode items) {
        List<JsonNode> selected = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            selected.add(MapRunner.iterationInput(visit, map, effective, items.get(i), i));
        }
        if (map.itemBatcher() == null) {
            return selected;
        }
        JsonNode batcher = visit.isJsonata() ? visit.jsonata(map.itemBatcher(), "ItemBatcher", null)
                : map.itemBatcher().source();
        long maxItems = number(visit, batcher, "MaxItemsPerBatch", effective);
        long maxBytes = number(visit, batcher, "MaxInputBytesPerBatch", effective);
        JsonNode batchInput = batchInput(visit, batcher, effective);
        List<JsonNode> batches = new ArrayList<>();
        ArrayNode current = Json.nodes().arrayNode();
        long bytes = 0;
        for (JsonNode item : selected) {
            long size = Json.utf8Bytes(item);
            boolean full = (maxItems > 0 && current.size() >= maxItems) || (maxBytes > 0 && bytes + size > maxBytes);
            if (full && !current.isEmpty()) {
                batches.add(batch(batchInput, current));
                current = Json.nodes().arrayNode();
                bytes = 0;
            }
            current.add(item);
            bytes += size;
        }
        if (!current.isEmpty()) {
            batches.add(batch(batchInput, current));
        }
        return batches;
    }

    private static JsonNode batch(JsonNode batchInput, ArrayNode items) {
        ObjectNode batch = Json.emptyObject();
        if (batchInput != null) {
            batch.set("BatchInput", batchInput);
        }
        batch.set("Items", items);
        return batch;
    }

    private static long number(StateVisit visit, JsonNode batcher, String field, JsonNode effective) {
        if (batcher.has(field)) {
            return batcher.get(field).asLong(0);
        }
        if (batcher.has(field + "Path")) {
            return CompiledPath.compile(batcher.get(field + "Path").asText()).read(visit.data(effective)).asLong(0);
        }
        return 0;
    }

    private static JsonNode batchInput(StateVisit visit, JsonNode batcher, JsonNode effective) {
        JsonNode batchInput = batcher.get("BatchInput");
        if (batchInput == null || visit.isJsonata()) {
            return batchInput;
        }
        return visit.evaluate(Template.compile(batchInput), effective);
    }
}
