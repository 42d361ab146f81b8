package dev.sfntest.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comparison rules of {@code conformance/teststate/compare_teststate.py}, in Java: an actual
 * TestState answer (response or error) against a recorded case, with its placeholders.
 */
final class TestStateCaseComparison {
    private static final Pattern ISO8601 = Pattern.compile(
            "(?:[1-9]\\d{3}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)"
            + "|(?:[1-9]\\d(?:0[48]|[2468][048]|[13579][26])|(?:[2468][048]|[13579][26])00)-02-29)"
            + "T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,9})?(?:Z|[+-][01]\\d:?([0-5]\\d)?)");
    private static final Pattern PLACEHOLDER = Pattern.compile("<[^<>\"\\s]{1,120}>");
    private static final Set<String> JSON_TEXT_FIELDS = Set.of("input", "afterArguments", "afterInputPath",
            "afterParameters", "result", "afterResultSelector", "afterResultPath", "variables", "afterItemsPath",
            "afterItemSelector", "afterItemBatcher", "afterItemsPointer");
    private static final Map<String, String> FREE = Map.of("<region>", "[a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\\d",
            "<partition>", "aws[a-z-]*");
    private static final String RECORDED_ACCOUNT = "111111111111";

    private TestStateCaseComparison() {
    }

    /** The case's request as the TestState API body: JSON values of definition, input, variables, context as text. */
    static ObjectNode apiRequest(JsonNode testCase) {
        ObjectNode body = Json.emptyObject();
        for (Iterator<Map.Entry<String, JsonNode>> it = testCase.get("request").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            boolean text = Set.of("definition", "input", "variables", "context").contains(key);
            body.set(key, text ? Json.nodes().textNode(Json.write(entry.getValue())) : entry.getValue());
        }
        return body;
    }

    /** An error answer in the comparison's shape. */
    static ObjectNode error(String code, String message) {
        ObjectNode actual = Json.emptyObject();
        actual.put("code", code);
        actual.put("message", message);
        return actual;
    }

    /** The mismatches of {@code actual} (a wire response or {@link #error}) with the case: empty when it matches. */
    static List<String> compare(JsonNode testCase, JsonNode actual, String account) {
        JsonNode expected = testCase.get("expected");
        List<String> out = new ArrayList<>();
        boolean actualError = actual.has("code") && !actual.has("status");
        if (expected.has("exception")) {
            JsonNode e = expected.get("exception");
            if (!actualError) {
                return List.of("expected " + e.get("code").asText() + ": '" + e.get("message").asText()
                        + "', got a response (status " + actual.path("status").asText() + ")");
            }
            if (!e.get("code").asText().equals(actual.get("code").asText())) {
                out.add("exception code: expected " + e.get("code").asText() + ", got " + actual.get("code").asText());
            }
            if (!e.get("message").asText().equals(actual.get("message").asText())) {
                out.add("exception message: expected '" + e.get("message").asText() + "', got '"
                        + actual.get("message").asText() + "'");
            }
            return out;
        }
        if (actualError) {
            return List.of("expected a response (status " + expected.path("response").path("status").asText()
                    + "), got " + actual.get("code").asText() + ": '" + actual.get("message").asText() + "'");
        }
        JsonNode response = normalise(actual, account);
        JsonNode placeholders = testCase.path("placeholders");
        for (Iterator<Map.Entry<String, JsonNode>> it = placeholders.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getValue().has("jsonpath")) {
                setAtPath(response, entry.getValue().get("jsonpath").asText(), entry.getKey());
            }
        }
        compare(expected.get("response"), response, "$", new HashMap<>(), out);
        return out;
    }

    private static JsonNode normalise(JsonNode actual, String account) {
        ObjectNode response = Json.emptyObject();
        for (String key : List.of("status", "output", "error", "cause", "nextState", "inspectionData")) {
            JsonNode value = actual.get(key);
            if (value == null || value.isNull()) {
                continue;
            }
            if (key.equals("output")) {
                value = parse(value);
            } else if (key.equals("inspectionData")) {
                ObjectNode data = Json.emptyObject();
                for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> entry = it.next();
                    if (!entry.getValue().isNull()) {
                        data.set(entry.getKey(), JSON_TEXT_FIELDS.contains(entry.getKey())
                                ? parse(entry.getValue()) : entry.getValue());
                    }
                }
                value = data;
            }
            response.set(key, value);
        }
        String text = ISO8601.matcher(Json.write(response)).replaceAll("date");
        if (!account.equals(RECORDED_ACCOUNT)) {
            text = text.replace(account, RECORDED_ACCOUNT);
        }
        try {
            return Json.parse(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(JsonNode value) {
        if (value.isTextual()) {
            try {
                return Json.parse(value.textValue());
            } catch (Exception e) {
                return value;
            }
        }
        return value;
    }

    /** Sets {@code value} wherever the simple jsonpath ({@code $..output..StartDate}) points. */
    private static void setAtPath(JsonNode root, String path, String value) {
        List<String[]> tokens = new ArrayList<>();
        Matcher m = Pattern.compile("(\\.\\.|\\.)([A-Za-z0-9_\\-]+)").matcher(path.substring(1));
        while (m.find()) {
            tokens.add(new String[] {m.group(1), m.group(2)});
        }
        setAt(root, tokens, 0, value);
    }

    private static void setAt(JsonNode node, List<String[]> tokens, int i, String value) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String[] token = tokens.get(i);
                if (name.equals(token[1])) {
                    if (i + 1 == tokens.size()) {
                        object.put(name, value);
                    } else {
                        setAt(object.get(name), tokens, i + 1, value);
                    }
                }
                if (token[0].equals("..")) {
                    setAt(object.get(name), tokens, i, value);
                }
            }
        } else if (node instanceof ArrayNode array && tokens.get(i)[0].equals("..")) {
            for (JsonNode element : array) {
                setAt(element, tokens, i, value);
            }
        }
    }

    private static void compare(JsonNode exp, JsonNode act, String path, Map<String, String> bindings,
            List<String> out) {
        if (exp.isObject()) {
            if (!act.isObject()) {
                out.add(path + ": expected an object, got " + Json.write(act));
                return;
            }
            exp.fieldNames().forEachRemaining(k -> {
                if (!act.has(k)) {
                    out.add(path + "." + k + ": missing");
                }
            });
            act.fieldNames().forEachRemaining(k -> {
                if (!exp.has(k)) {
                    out.add(path + "." + k + ": unexpected (value " + Json.write(act.get(k)) + ")");
                }
            });
            exp.fieldNames().forEachRemaining(k -> {
                if (act.has(k)) {
                    compare(exp.get(k), act.get(k), path + "." + k, bindings, out);
                }
            });
        } else if (exp.isArray()) {
            if (!act.isArray() || act.size() != exp.size()) {
                out.add(path + ": expected " + Json.write(exp) + ", got " + Json.write(act));
                return;
            }
            for (int i = 0; i < exp.size(); i++) {
                compare(exp.get(i), act.get(i), path + "[" + i + "]", bindings, out);
            }
        } else if (exp.isTextual()) {
            if (!act.isTextual() || !matchString(exp.textValue(), act.textValue(), bindings)) {
                out.add(path + ": expected " + Json.write(exp) + ", got " + Json.write(act));
            }
        } else if (exp.isBoolean() || exp.isNull()) {
            if (!exp.equals(act)) {
                out.add(path + ": expected " + Json.write(exp) + ", got " + Json.write(act));
            }
        } else if (!act.isNumber() || exp.decimalValue().compareTo(act.decimalValue()) != 0) {
            out.add(path + ": expected " + Json.write(exp) + ", got " + Json.write(act));
        }
    }

    private static boolean matchString(String exp, String act, Map<String, String> bindings) {
        Matcher placeholders = PLACEHOLDER.matcher(exp);
        if (!placeholders.find()) {
            return exp.equals(act);
        }
        placeholders.reset();
        StringBuilder pattern = new StringBuilder();
        List<String> groups = new ArrayList<>();
        int pos = 0;
        while (placeholders.find()) {
            pattern.append(Pattern.quote(exp.substring(pos, placeholders.start())));
            String ph = placeholders.group();
            if (FREE.containsKey(ph)) {
                pattern.append(FREE.get(ph));
            } else if (bindings.containsKey(ph)) {
                pattern.append(Pattern.quote(bindings.get(ph)));
            } else if (groups.contains(ph)) {
                pattern.append("\\k<g").append(groups.indexOf(ph)).append('>');
            } else {
                pattern.append("(?<g").append(groups.size()).append(">.+?)");
                groups.add(ph);
            }
            pos = placeholders.end();
        }
        pattern.append(Pattern.quote(exp.substring(pos)));
        Matcher m = Pattern.compile(pattern.toString(), Pattern.DOTALL).matcher(act);
        if (!m.matches()) {
            return false;
        }
        for (int i = 0; i < groups.size(); i++) {
            bindings.put(groups.get(i), m.group("g" + i));
        }
        return true;
    }
}
