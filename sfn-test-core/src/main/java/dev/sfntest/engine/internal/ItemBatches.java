package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.asl.MapState;
import dev.sfntest.data.Json;
import dev.sfntest.data.CompiledPath;
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
        MapState.ItemBatcher model = map.itemBatcher();
        JsonNode batcher = visit.isJsonata() ? visit.jsonata(model.value(), "ItemBatcher", null)
                : model.value().source();
        long maxItems = number(visit, batcher, "MaxItemsPerBatch", model.maxItemsPerBatchPath(), effective);
        long maxBytes = number(visit, batcher, "MaxInputBytesPerBatch", model.maxInputBytesPerBatchPath(), effective);
        JsonNode batchInput = model.batchInput() == null ? batcher.get("BatchInput")
                : visit.evaluate(model.batchInput(), effective);
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

    private static long number(StateVisit visit, JsonNode batcher, String field, CompiledPath path,
            JsonNode effective) {
        if (batcher.has(field)) {
            return batcher.get(field).asLong(0);
        }
        if (path != null) {
            return path.read(visit.data(effective)).asLong(0);
        }
        return 0;
    }
}
