package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.asl.MapState;
import dev.sfntest.data.Json;
import dev.sfntest.engine.InMemoryS3;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.ExecutionStatus;
import java.util.List;

/**
 * A distributed Map's {@code ResultWriter}: writes the child executions' results to the in-memory
 * S3 as AWS lays them out ({@code PREFIX/MAP_RUN_ID/manifest.json}, {@code SUCCEEDED_0.json},
 * {@code FAILED_0.json}) and yields {@code {"MapRunArn", "ResultWriterDetails"}}.
 */
final class ResultWriters {
    private ResultWriters() {
    }

    static JsonNode write(StateVisit visit, MapState map, JsonNode effective, String mapRunArn, String mapRunId,
            List<JsonNode> inputs, ExecutionRun[] children, ExecutionResult[] results) {
        MapState.ResultWriter model = map.resultWriter();
        JsonNode writer = visit.isJsonata() ? visit.jsonata(model.value(), "ResultWriter", null)
                : model.value().source();
        JsonNode parameters = model.parameters() == null ? writer.path("Parameters")
                : visit.evaluate(model.parameters(), effective);
        JsonNode arguments = writer.has("Arguments") ? writer.get("Arguments") : parameters;
        String bucket = arguments.path("Bucket").asText();
        String prefix = arguments.path("Prefix").asText("");
        String base = (prefix.isEmpty() ? "" : prefix.endsWith("/") ? prefix : prefix + "/") + mapRunId + "/";
        ArrayNode succeeded = Json.nodes().arrayNode();
        ArrayNode failed = Json.nodes().arrayNode();
        for (int i = 0; i < results.length; i++) {
            ObjectNode entry = entry(children[i], inputs.get(i), results[i]);
            (results[i].status() == ExecutionStatus.SUCCEEDED ? succeeded : failed).add(entry);
        }
        InMemoryS3 s3 = visit.run().settings().s3();
        ObjectNode files = Json.emptyObject();
        files.set("FAILED", file(s3, bucket, base + "FAILED_0.json", failed));
        files.set("PENDING", Json.nodes().arrayNode());
        files.set("SUCCEEDED", file(s3, bucket, base + "SUCCEEDED_0.json", succeeded));
        ObjectNode manifest = Json.emptyObject();
        manifest.put("DestinationBucket", bucket);
        manifest.put("MapRunArn", mapRunArn);
        manifest.set("ResultFiles", files);
        s3.putObject(bucket, base + "manifest.json", Json.write(manifest));
        ObjectNode output = Json.emptyObject();
        output.put("MapRunArn", mapRunArn);
        ObjectNode details = output.putObject("ResultWriterDetails");
        details.put("Bucket", bucket);
        details.put("Key", base + "manifest.json");
        return output;
    }

    private static ArrayNode file(InMemoryS3 s3, String bucket, String key, ArrayNode entries) {
        ArrayNode listing = Json.nodes().arrayNode();
        if (entries.isEmpty()) {
            return listing;
        }
        String text = Json.write(entries);
        s3.putObject(bucket, key, text);
        listing.addObject().put("Key", key).put("Size", s3.size(bucket, key));
        return listing;
    }

    private static ObjectNode entry(ExecutionRun child, JsonNode input, ExecutionResult result) {
        ObjectNode entry = Json.emptyObject();
        entry.put("ExecutionArn", child.executionArn());
        entry.put("Input", Json.write(input));
        entry.putObject("InputDetails").put("Included", true);
        entry.put("Name", child.executionName());
        if (result.status() == ExecutionStatus.SUCCEEDED) {
            entry.put("Output", Json.write(result.output()));
            entry.putObject("OutputDetails").put("Included", true);
        } else {
            if (result.error() != null) {
                entry.put("Error", result.error());
            }
            if (result.cause() != null) {
                entry.put("Cause", result.cause());
            }
        }
        entry.put("RedriveCount", 0);
        entry.put("RedriveStatus", "NOT_REDRIVABLE");
        entry.put("StartDate", ContextObject.format(result.startDate()));
        entry.put("StateMachineArn", ContextObject.stateMachineArn(child.settings(), child.machineName()));
        entry.put("Status", result.status().name());
        entry.put("StopDate", ContextObject.format(result.stopDate()));
        return entry;
    }
}
