package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.asl.MapState;
import dev.sfntest.data.ErrorNames;
import dev.sfntest.data.InvalidJsonException;
import dev.sfntest.data.Json;
import dev.sfntest.data.StatesException;
import dev.sfntest.engine.InMemoryS3;
import java.util.List;

/**
 * A distributed Map's {@code ItemReader} over the engine's in-memory S3: {@code s3:getObject}
 * with JSON, JSONL, CSV or MANIFEST input, {@code s3:listObjectsV2}, and {@code MaxItems}.
 */
final class ItemReaders {
    private ItemReaders() {
    }

    /** The items the reader yields, at most MaxItems. */
    static ArrayNode read(StateVisit visit, JsonNode effective) {
        MapState.ItemReader model = ((MapState) visit.state).itemReader();
        JsonNode reader = visit.isJsonata() ? visit.jsonata(model.value(), "ItemReader", null) : model.value().source();
        JsonNode parameters = model.parameters() == null ? reader.path("Parameters")
                : visit.evaluate(model.parameters(), effective);
        JsonNode arguments = reader.has("Arguments") ? reader.get("Arguments") : parameters;
        JsonNode config = reader.path("ReaderConfig");
        String resource = reader.path("Resource").asText();
        String bucket = arguments.path("Bucket").asText();
        InMemoryS3 s3 = visit.run().settings().s3();
        ArrayNode items;
        if (resource.endsWith(":s3:listObjectsV2")) {
            items = listObjects(s3, bucket, arguments.path("Prefix").asText(""));
        } else {
            String key = arguments.path("Key").asText();
            String text = s3.getObject(bucket, key).orElseThrow(() -> failure(visit, "The object '" + key
                    + "' does not exist in the bucket '" + bucket + "' of the in-memory S3 (NoSuchKey)"));
            items = parse(visit, s3, bucket, text, config);
        }
        long maxItems = config.path("MaxItems").asLong(0);
        if (model.maxItemsPath() != null) {
            maxItems = model.maxItemsPath().read(visit.data(effective)).asLong(0);
        }
        if (maxItems > 0 && items.size() > maxItems) {
            ArrayNode limited = Json.nodes().arrayNode();
            for (int i = 0; i < maxItems; i++) {
                limited.add(items.get(i));
            }
            return limited;
        }
        return items;
    }

    private static ArrayNode parse(StateVisit visit, InMemoryS3 s3, String bucket, String text, JsonNode config) {
        String type = config.path("InputType").asText("JSON");
        switch (type) {
            case "JSON":
                JsonNode parsed = json(visit, text);
                if (!parsed.isArray()) {
                    throw failure(visit, "The JSON object read by the ItemReader is not an array");
                }
                return (ArrayNode) parsed;
            case "JSONL":
                ArrayNode lines = Json.nodes().arrayNode();
                for (String line : text.split("\r?\n")) {
                    if (!line.isBlank()) {
                        lines.add(json(visit, line));
                    }
                }
                return lines;
            case "CSV":
                return csv(visit, text, config);
            case "MANIFEST":
                return manifest(visit, s3, bucket, text);
            default:
                throw failure(visit, "Unknown ReaderConfig InputType '" + type + "'");
        }
    }

    private static ArrayNode csv(StateVisit visit, String text, JsonNode config) {
        Character delimiter = CsvRows.delimiter(config.path("CSVDelimiter").asText(null));
        if (delimiter == null) {
            throw failure(visit, "Unknown CSVDelimiter '" + config.path("CSVDelimiter").asText() + "'");
        }
        List<List<String>> rows = CsvRows.parse(text, delimiter);
        List<String> headers;
        int first = 0;
        if ("GIVEN".equals(config.path("CSVHeaderLocation").asText("FIRST_ROW"))) {
            headers = new java.util.ArrayList<>();
            config.path("CSVHeaders").forEach(header -> headers.add(header.asText()));
        } else {
            if (rows.isEmpty()) {
                return Json.nodes().arrayNode();
            }
            headers = rows.get(0);
            first = 1;
        }
        ArrayNode items = Json.nodes().arrayNode();
        for (List<String> row : rows.subList(first, rows.size())) {
            ObjectNode item = Json.emptyObject();
            for (int i = 0; i < headers.size(); i++) {
                item.put(headers.get(i), i < row.size() ? row.get(i) : "");
            }
            items.add(item);
        }
        return items;
    }

    private static ArrayNode manifest(StateVisit visit, InMemoryS3 s3, String bucket, String text) {
        JsonNode manifest = json(visit, text);
        String sourceBucket = manifest.path("sourceBucket").asText(bucket);
        ArrayNode items = Json.nodes().arrayNode();
        for (JsonNode file : manifest.path("files")) {
            String key = file.path("key").asText();
            String data = s3.getObject(bucket, key).orElseThrow(() -> failure(visit, "The inventory file '" + key
                    + "' listed in the manifest does not exist in the bucket '" + bucket + "'"));
            for (List<String> row : CsvRows.parse(data, ',')) {
                ObjectNode item = Json.emptyObject();
                item.put("Bucket", row.isEmpty() ? sourceBucket : row.get(0));
                item.put("Key", row.size() > 1 ? row.get(1) : "");
                items.add(item);
            }
        }
        return items;
    }

    private static ArrayNode listObjects(InMemoryS3 s3, String bucket, String prefix) {
        ArrayNode items = Json.nodes().arrayNode();
        for (String key : s3.listKeys(bucket, prefix)) {
            ObjectNode item = Json.emptyObject();
            item.put("Etag", "\"" + Integer.toHexString(s3.getObject(bucket, key).orElse("").hashCode()) + "\"");
            item.put("Key", key);
            item.put("LastModified", ContextObject.format(RunSettings.DEFAULT_START));
            long size = s3.size(bucket, key);
            if (size <= Integer.MAX_VALUE) {
                item.put("Size", (int) size);
            } else {
                item.put("Size", size);
            }
            item.put("StorageClass", "STANDARD");
            items.add(item);
        }
        return items;
    }

    private static JsonNode json(StateVisit visit, String text) {
        try {
            return Json.parseData(text);
        } catch (InvalidJsonException e) {
            throw failure(visit, "The ItemReader could not parse the object as JSON: " + e.problem());
        }
    }

    private static StatesException failure(StateVisit visit, String detail) {
        return new StatesException(ErrorNames.ITEM_READER_FAILED, "An error occurred while executing the state '"
                + visit.state.name() + "' (entered at the event id #" + visit.enteredEventId + "). " + detail);
    }
}
