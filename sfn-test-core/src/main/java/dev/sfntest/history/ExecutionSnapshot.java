package dev.sfntest.history;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.sfntest.data.InvalidJsonException;
import dev.sfntest.data.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The text of a snapshot (approval) test of an execution, and the diff between two of them; the
 * JUnit extension's {@code matchesSnapshot()} and {@code sfn-test cases} record and compare the same
 * text.
 *
 * <p>The text holds the status, output, error and cause, then the history as GetExecutionHistory
 * lists it with its JSON texts ({@code input}, {@code output}, {@code parameters},
 * {@code result}) parsed for a readable diff, and every UUID (the execution name drawn from the
 * seed, and the ARNs and ids derived from it) replaced by {@code <uuid:N>}, numbered in order of
 * first appearance. Timestamps stay: they are virtual, so deterministic. Pretty-printed with two
 * spaces and {@code \n}, ending with a line break.
 *
 * <pre>{@code
 * String text = ExecutionSnapshot.text(result.status().name(), result.output(), result.error(),
 *         result.cause(), result.history());
 * String diff = ExecutionSnapshot.diff(Files.readString(recorded), text);   // "" when equal
 * }</pre>
 */
@API(status = EXPERIMENTAL)
public final class ExecutionSnapshot {
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Set<String> JSON_TEXTS = Set.of("input", "output", "parameters", "result");

    private ExecutionSnapshot() {
    }

    /** The snapshot text of an execution's result and its events (or those of a view of it). */
    public static String text(String status, JsonNode output, String error, String cause, List<HistoryEvent> events) {
        ObjectNode root = Json.emptyObject();
        root.put("status", status);
        root.set("output", output == null ? Json.nodes().nullNode() : output.deepCopy());
        root.put("error", error);
        root.put("cause", cause);
        ArrayNode history = HistoryJson.events(events);
        history.forEach(ExecutionSnapshot::parseJsonTexts);
        root.set("history", history);
        return pretty(replaceUuids(root, new ArrayList<>()));
    }

    /**
     * A readable line diff: {@code -} lines only in {@code expected}, {@code +} lines only in
     * {@code actual}, two lines of context around each change, {@code @@ line N} before each hunk
     * (the expected text's line number); {@code \n}-terminated lines, empty when the texts are equal.
     */
    public static String diff(String expected, String actual) {
        return LineDiff.of(expected, actual);
    }

    private static void parseJsonTexts(JsonNode event) {
        for (JsonNode details : event) {
            if (details instanceof ObjectNode object) {
                for (String field : JSON_TEXTS) {
                    if (object.get(field) instanceof TextNode text) {
                        try {
                            object.set(field, Json.parse(text.textValue()));
                        } catch (InvalidJsonException e) {
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
                String uuid = matcher.group().toLowerCase(Locale.ROOT);
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
    private static String pretty(JsonNode node) {
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
