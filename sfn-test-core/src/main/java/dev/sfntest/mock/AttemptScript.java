package dev.sfntest.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import dev.sfntest.internal.EditDistance;
import dev.sfntest.service.FieldValidationMode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads {@code {"0": {...}, "1-2": {...}}} into a response per invocation, with no gaps. */
final class AttemptScript {
    private static final List<String> RESPONSE_FIELDS = List.of("Return", "Throw");
    private static final List<String> THROW_FIELDS = List.of("Error", "Cause");

    private AttemptScript() {
    }

    static ResponseRuns parse(JsonNode script, String pointer) {
        if (!script.isObject() || script.isEmpty()) {
            throw new InvalidMockException("The mock at " + pointer
                    + " must be an object of invocation numbers (\"0\", \"1-2\") to responses");
        }
        TreeMap<Integer, Map.Entry<Integer, MockResponse>> ranges = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = script.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            String entryPointer = pointer + "/" + key;
            int[] range = range(key, entryPointer);
            MockResponse response = response(entry.getValue(), entryPointer);
            if (ranges.containsKey(range[0])) {
                throw new InvalidMockException("The mock at " + entryPointer + " overlaps another invocation key");
            }
            ranges.put(range[0], Map.entry(range[1], response));
        }
        long[] starts = new long[ranges.size()];
        MockResponse[] responses = new MockResponse[ranges.size()];
        long covered = 0;
        int run = 0;
        for (Map.Entry<Integer, Map.Entry<Integer, MockResponse>> range : ranges.entrySet()) {
            if (range.getKey() != covered) {
                throw new InvalidMockException("The mock at " + pointer + " has " + (range.getKey() < covered
                        ? "overlapping invocation keys at " : "no response for invocation ") + covered
                        + "; keys must cover 0, 1, 2... without gaps");
            }
            starts[run] = covered;
            responses[run++] = range.getValue().getValue();
            covered = range.getValue().getKey() + 1L;
        }
        return new ResponseRuns(starts, responses, covered);
    }

    private static int[] range(String key, String pointer) {
        try {
            int dash = key.indexOf('-');
            int from = Integer.parseInt(dash < 0 ? key : key.substring(0, dash));
            int to = dash < 0 ? from : Integer.parseInt(key.substring(dash + 1));
            if (from < 0 || to < from) {
                throw new NumberFormatException();
            }
            return new int[] {from, to};
        } catch (NumberFormatException e) {
            throw new InvalidMockException("The mock at " + pointer + " has the key '" + key
                    + "', which is neither an invocation number (\"0\") nor a range (\"1-2\")");
        }
    }

    private static FieldValidationMode mode(JsonNode node, String pointer) {
        JsonNode written = node.get("FieldValidationMode");
        if (written == null) {
            return null;
        }
        FieldValidationMode mode = written.isTextual() ? FieldValidationMode.parse(written.textValue()) : null;
        if (mode == null) {
            throw new InvalidMockException("The mock at " + pointer + "/FieldValidationMode must be STRICT, PRESENT or "
                    + "NONE, found " + written);
        }
        return mode;
    }

    static MockResponse response(JsonNode node, String pointer) {
        if (!node.isObject()) {
            throw new InvalidMockException("The mock at " + pointer + " must be an object with Return or Throw, found "
                    + Json.typeName(node));
        }
        unknownFields(((com.fasterxml.jackson.databind.node.ObjectNode) node.deepCopy()).without("FieldValidationMode"),
                pointer, RESPONSE_FIELDS);
        boolean returns = node.has("Return");
        boolean throwsError = node.has("Throw");
        if (returns == throwsError) {
            throw new InvalidMockException("The mock at " + pointer + " must have exactly one of Return and Throw");
        }
        if (returns) {
            return new MockResponse.Return(node.get("Return"), mode(node, pointer));
        }
        JsonNode error = node.get("Throw");
        if (!error.isObject() || !error.path("Error").isTextual()) {
            throw new InvalidMockException("The mock at " + pointer + "/Throw must be {\"Error\": \"...\", "
                    + "\"Cause\": \"...\"}");
        }
        unknownFields(error, pointer + "/Throw", THROW_FIELDS);
        JsonNode cause = error.get("Cause");
        return new MockResponse.Throw(error.get("Error").textValue(),
                cause == null || cause.isNull() ? null : cause.asText());
    }

    private static void unknownFields(JsonNode node, String pointer, List<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new InvalidMockException("The mock at " + pointer + " has the unknown field '" + name + "' (it "
                        + "takes " + String.join(" and ", known) + ")" + EditDistance.didYouMean(name, known));
            }
        }
    }
}
