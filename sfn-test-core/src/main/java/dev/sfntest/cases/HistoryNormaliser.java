package dev.sfntest.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.sfntest.data.Json;
import dev.sfntest.engine.Engine;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Brings a produced history (GetExecutionHistory's shape: JSON texts as strings, ids, timestamps)
 * into the form of the recorded ones, in the order {@code conformance/README.md} gives: JSON texts
 * parsed, quoted JSON in causes, role ARN, request ids, names, the case's own rules, account,
 * region and partition, UUIDs of {@code *id} keys, dates, {@code *timestamp*} keys, then each
 * event reduced to {@code type}, {@code id}, {@code previousEventId} and its details.
 */
final class HistoryNormaliser {
    /** localstack_snapshot's ISO-8601 pattern; the recordings have {@code date} for each match. */
    private static final Pattern ISO_8601 = Pattern.compile("(?:[1-9]\\d{3}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\\d|2[0-8])"
            + "|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[1-9]\\d(?:0[48]|[2468][048]|[13579][26])"
            + "|(?:[2468][048]|[13579][26])00)-02-29)T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?"
            + "(?:Z|[+-][01]\\d:?(?:[0-5]\\d)?)");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern NUMBERED_TOKEN = Pattern.compile("<(uuid|json-input):\\d+>");
    private static final Pattern REQUEST_ID = Pattern.compile("Request ID: [0-9A-Za-z-]+");
    private static final Pattern PYTHON_BACKREFERENCE = Pattern.compile("\\(\\?P=(\\w+)\\)");
    private static final Set<String> JSON_TEXT_FIELDS = Set.of("input", "output", "parameters");
    private static final ObjectReader STRICT = Json.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final RunNames names;
    private final HistoryRules rules;

    HistoryNormaliser(RunNames names, HistoryRules rules) {
        this.names = names;
        this.rules = rules;
    }

    /** The normalised copy of {@code produced}. */
    ArrayNode normalise(ArrayNode produced) {
        ArrayNode events = produced.deepCopy();
        String roleArn = roleArn(events);
        for (JsonNode event : events) {
            ObjectNode details = detailsOf(event);
            if (details != null) {
                parseJsonTexts(details);
                causes(details);
            }
        }
        mapStrings(events, text -> runSpecific(text, roleArn));
        caseRules(events);
        mapStrings(events, this::accountRegionPartition);
        keyed(events);
        mapStrings(events, text -> text.indexOf('T') < 0 ? text : ISO_8601.matcher(text).replaceAll("date"));
        timestampKeys(events);
        for (JsonNode event : events) {
            ObjectNode details = detailsOf(event);
            if (details != null && details.has("mapRunArn")) {
                details.put("mapRunArn", "<map-run-arn>");
            }
        }
        return reduce(events);
    }

    private static String roleArn(ArrayNode events) {
        for (JsonNode event : events) {
            JsonNode arn = event.path("executionStartedEventDetails").get("roleArn");
            if (arn != null && arn.isTextual()) {
                return arn.textValue();
            }
        }
        return null;
    }

    static ObjectNode detailsOf(JsonNode event) {
        for (Iterator<Map.Entry<String, JsonNode>> it = event.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().endsWith("EventDetails") && field.getValue().isObject()) {
                return (ObjectNode) field.getValue();
            }
        }
        return null;
    }

    /**
     * {@code input}, {@code output}, {@code parameters} and assigned values parsed; any other
     * string of the details that is a JSON object's text too (not strings inside those values).
     */
    private static void parseJsonTexts(ObjectNode details) {
        for (String field : JSON_TEXT_FIELDS) {
            JsonNode value = details.get(field);
            if (value != null && value.isTextual()) {
                JsonNode parsed = strict(value.textValue());
                if (parsed != null) {
                    details.set(field, parsed);
                }
            }
        }
        JsonNode assigned = details.get("assignedVariables");
        if (assigned instanceof ObjectNode variables) {
            for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                JsonNode parsed = entry.getValue().isTextual() ? strict(entry.getValue().textValue()) : null;
                if (parsed != null) {
                    entry.setValue(parsed);
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = details.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode value = entry.getValue();
            if (value.isTextual() && value.textValue().startsWith("{")) {
                JsonNode parsed = strict(value.textValue());
                if (parsed != null && parsed.isObject()) {
                    entry.setValue(parsed);
                }
            }
        }
    }

    private static JsonNode strict(String text) {
        try {
            return STRICT.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** A JSON text quoted in a cause ({@code 'the input {...}'}) becomes {@code <json-input>}. */
    private static void causes(ObjectNode details) {
        JsonNode cause = details.get("cause");
        if (cause != null && cause.isTextual()) {
            details.put("cause", quotedJson(cause.textValue()));
        }
    }

    static String quotedJson(String cause) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        int open = cause.indexOf('\'');
        while (open >= 0 && open + 1 < cause.length()) {
            char first = cause.charAt(open + 1);
            int close = -1;
            if (first == '{' || first == '[') {
                for (int end = cause.lastIndexOf('\''); end > open + 1; end = cause.lastIndexOf('\'', end - 1)) {
                    if (strict(cause.substring(open + 1, end)) != null) {
                        close = end;
                        break;
                    }
                }
            }
            if (close < 0) {
                open = cause.indexOf('\'', open + 1);
                continue;
            }
            out.append(cause, from, open + 1).append("<json-input>");
            from = close;
            open = cause.indexOf('\'', close + 1);
        }
        return out.append(cause.substring(from)).toString();
    }

    private String runSpecific(String text, String roleArn) {
        String out = text;
        if (roleArn != null) {
            out = out.replace(roleArn, "<role-arn>");
        }
        if (out.contains("Request ID: ")) {
            out = REQUEST_ID.matcher(out).replaceAll("Request ID: <request_id>");
        }
        out = out.replace(names.stateMachineName(), "<ArnPart_0idx>");
        return out.replace(names.executionName(), "<ExecArnPart_0idx>");
    }

    private void caseRules(ArrayNode events) {
        JsonNode normalisation = rules.normalisation();
        if (normalisation == null) {
            return;
        }
        for (JsonNode pair : normalisation.path("replace")) {
            String from = pair.path(0).asText();
            String to = pair.path(1).asText();
            mapStrings(events, text -> text.replace(from, to));
        }
        for (JsonNode pair : normalisation.path("regex")) {
            Pattern pattern;
            try {
                pattern = Pattern.compile(javaPattern(pair.path(0).asText()));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("historyNormalisation regex '" + pair.path(0).asText()
                        + "' is not a regular expression: " + e.getDescription());
            }
            String to = javaReplacement(pair.path(1).asText());
            mapStrings(events, text -> pattern.matcher(text).replaceAll(to));
        }
        for (JsonNode pair : normalisation.path("jsonpath")) {
            JsonPathSetter.set(events, pair.path(0).asText(), pair.path(1));
        }
    }

    /** A Python regular expression in Java's syntax: named groups {@code (?P<n>...)} and references {@code (?P=n)}. */
    static String javaPattern(String python) {
        return PYTHON_BACKREFERENCE.matcher(python.replace("(?P<", "(?<")).replaceAll("\\\\k<$1>");
    }

    /** A Python {@code re.sub} replacement (groups as backslash-digit, backslash-g-name) in Java's syntax. */
    static String javaReplacement(String python) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < python.length(); i++) {
            char c = python.charAt(i);
            if (c == '$') {
                out.append("\\$");
            } else if (c == '\\' && i + 1 < python.length() && Character.isDigit(python.charAt(i + 1))) {
                out.append('$').append(python.charAt(++i));
            } else if (c == '\\' && python.startsWith("g<", i + 1) && python.indexOf('>', i) > 0) {
                int end = python.indexOf('>', i);
                String group = python.substring(i + 3, end);
                out.append(group.chars().allMatch(Character::isDigit) ? "$" + group : "${" + group + "}");
                i = end;
            } else if (c == '\\' && i + 1 < python.length()) {
                out.append("\\").append(python.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private String accountRegionPartition(String text) {
        return text.replace(Engine.ACCOUNT, "111111111111").replace(Engine.REGION, "<region>")
                .replace("arn:aws:", "arn:<partition>:");
    }

    /**
     * Values of {@code *timestamp*} keys that are not ISO-8601 dates (those are {@code date}
     * already) become {@code timestamp}.
     */
    private static void timestampKeys(JsonNode node) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                JsonNode value = entry.getValue();
                if (entry.getKey().toLowerCase(Locale.ROOT).contains("timestamp") && !value.isContainerNode()
                        && !(value.isTextual() && value.textValue().equals("date"))) {
                    entry.setValue(TextNode.valueOf("timestamp"));
                } else {
                    timestampKeys(value);
                }
            }
        } else if (node.isArray()) {
            node.forEach(HistoryNormaliser::timestampKeys);
        }
    }

    /** UUIDs of {@code *id} keys, numbered LocalStack tokens. */
    private static void keyed(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            List<String> keys = new ArrayList<>();
            object.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                JsonNode value = object.get(key);
                String lower = key.toLowerCase(Locale.ROOT);
                if (lower.endsWith("id") && value.isTextual() && UUID.matcher(value.textValue()).matches()) {
                    object.put(key, "<uuid>");
                } else if (value.isTextual() && value.textValue().indexOf('<') >= 0) {
                    object.set(key, TextNode.valueOf(NUMBERED_TOKEN.matcher(value.textValue()).replaceAll("<$1>")));
                } else {
                    keyed(value);
                }
            }
        } else if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                if (value.isTextual() && value.textValue().indexOf('<') >= 0) {
                    array.set(i, TextNode.valueOf(NUMBERED_TOKEN.matcher(value.textValue()).replaceAll("<$1>")));
                } else {
                    keyed(value);
                }
            }
        }
    }

    /** Each event as {@code {type, id, previousEventId, *EventDetails}}. */
    private static ArrayNode reduce(ArrayNode events) {
        ArrayNode out = Json.nodes().arrayNode();
        for (JsonNode event : events) {
            ObjectNode reduced = Json.emptyObject();
            reduced.set("type", event.get("type"));
            reduced.set("id", event.get("id"));
            reduced.set("previousEventId", event.get("previousEventId"));
            for (Iterator<Map.Entry<String, JsonNode>> it = event.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().endsWith("EventDetails")) {
                    reduced.set(field.getKey(), field.getValue());
                }
            }
            out.add(reduced);
        }
        return out;
    }

    /** Replaces every string value (not keys) below {@code node}. */
    static void mapStrings(JsonNode node, UnaryOperator<String> map) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (entry.getValue().isTextual()) {
                    entry.setValue(TextNode.valueOf(map.apply(entry.getValue().textValue())));
                } else {
                    mapStrings(entry.getValue(), map);
                }
            }
        } else if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, TextNode.valueOf(map.apply(array.get(i).textValue())));
                } else {
                    mapStrings(array.get(i), map);
                }
            }
        }
    }
}
