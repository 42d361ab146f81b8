package dev.sfntest.assertj;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.sfntest.data.Json;
import dev.sfntest.history.HistoryEvent;
import dev.sfntest.history.HistoryJson;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a snapshot holds: the status, output, error and cause, then the history as
 * GetExecutionHistory lists it with its JSON texts ({@code input}, {@code output},
 * {@code parameters}, {@code result}) parsed for a readable diff, and every UUID (the execution
 * name drawn from the seed, and the ARNs and ids derived from it) replaced by {@code <uuid:N>},
 * numbered in order of first appearance. Timestamps stay: they are virtual, so deterministic.
 * Pretty-printed with two spaces and {@code \n}, ending with a line break.
 */
final class SnapshotContent {
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Set<String> JSON_TEXTS = Set.of("input", "output", "parameters", "result");

    private SnapshotContent() {
    }

    /** The snapshot text of an execution, or of a view of it. */
    static String of(Subject subject) {
        ObjectNode root = Json.emptyObject();
        root.put("status", subject.status() == null ? null : subject.status().name());
        root.set("output", subject.output() == null ? Json.nodes().nullNode() : subject.output());
        root.put("error", subject.error());
        root.put("cause", subject.cause());
        List<HistoryEvent> events = subject.path().events();
        ArrayNode history = HistoryJson.events(events);
        history.forEach(SnapshotContent::parseJsonTexts);
        root.set("history", history);
        return pretty(replaceUuids(root, new ArrayList<>()));
    }

    private static void parseJsonTexts(JsonNode event) {
        for (JsonNode details : event) {
            if (details instanceof ObjectNode object) {
                for (String field : JSON_TEXTS) {
                    if (object.get(field) instanceof TextNode text) {
                        try {
                            object.set(field, Json.parse(text.textValue()));
                        } catch (JsonProcessingException e) {
                            // not JSON text: kept as the string it is
                        }
                    }
                }
            }
        }
    }

    private static JsonNode replaceUuids(JsonNode node, List<String> seen) {
        if (node.isTextual()) {
            Matcher matcher = UUID.matcher(node.textValue());
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                String uuid = matcher.group().toLowerCase(java.util.Locale.ROOT);
                int index = seen.indexOf(uuid);
                if (index < 0) {
                    seen.add(uuid);
                    index = seen.size() - 1;
                }
                matcher.appendReplacement(out, "<uuid:" + index + ">");
            }
            matcher.appendTail(out);
            return Json.nodes().textNode(out.toString());
        }
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                field.setValue(replaceUuids(field.getValue(), seen));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, replaceUuids(array.get(i), seen));
            }
        }
        return node;
    }

    /** Two-space indentation, {@code \n} line breaks whatever the platform, a final line break. */
    static String pretty(JsonNode node) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        try {
            return Json.mapper().writer(printer).writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree cannot be written: " + e.getOriginalMessage(), e);
        }
    }
}
