package dev.sfntest.service.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.internal.Pointers;
import dev.sfntest.service.Operation;
import dev.sfntest.service.ServiceModel;
import dev.sfntest.service.TaskResource;
import dev.sfntest.service.TaskResource.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Task's static {@code Parameters} or {@code Arguments} against its operation's request shape:
 * members the API does not have, required members missing, literal values of the wrong type. AWS
 * accepts such definitions and fails the task when it runs, so every finding is a warning.
 * Values computed at run time ({@code .$} keys, {@code {% %}} strings, {@code ${placeholders}})
 * are not judged.
 */
public final class RequestTemplates {
    /**
     * A finding.
     *
     * @param pointer JSON Pointer below the template ({@code /Payload/x}, {@code ""} for the template)
     * @param code {@code UNKNOWN_PARAMETER}, {@code MISSING_PARAMETER} or {@code INVALID_PARAMETER}
     * @param message what is wrong and what the model expects
     */
    public record Issue(String pointer, String code, String message) {
    }

    private static final int MAX_DEPTH = 32;

    private final ServiceModel model;
    private final String operation;
    private final Set<String> anyJson;
    private final List<Issue> issues = new ArrayList<>();

    private RequestTemplates(ServiceModel model, String operation, Set<String> anyJson) {
        this.model = model;
        this.operation = operation;
        this.anyJson = anyJson;
    }

    /** The findings for {@code template} (an object) sent to {@code task}'s operation. */
    public static List<Issue> check(TaskResource task, ServiceModel model, JsonNode template) {
        Operation op = model.operation(task.operation()).orElse(null);
        if (op == null || op.inputShape() == null || template == null || !template.isObject()) {
            return List.of();
        }
        RequestTemplates checker = new RequestTemplates(model, model.name() + " " + op.name(), anyJson(task));
        checker.structure(template, op.inputShape(), "", "", 0);
        return List.copyOf(checker.issues);
    }

    /** Members whose value the optimized integration takes as any JSON, not as the SDK's string or blob. */
    private static Set<String> anyJson(TaskResource task) {
        if (task.kind() != Kind.OPTIMIZED) {
            return Set.of();
        }
        return switch (task.service()) {
            case "lambda" -> Set.of("Payload");
            case "sfn" -> Set.of("Input");
            case "sqs" -> Set.of("MessageBody");
            case "sns" -> Set.of("Message");
            case "eventbridge" -> Set.of("Entries.Detail");
            case "bedrockruntime" -> Set.of("Body", "Input", "Output");
            default -> Set.of();
        };
    }

    private void structure(JsonNode template, String shapeName, String pointer, String path, int depth) {
        JsonNode shape = model.shape(shapeName);
        Map<String, String> members = model.memberNames(shapeName);
        if (members.containsKey("Equals")) {
            members = new HashMap<>(members);
            members.put("EqualsValue", members.get("Equals"));
        }
        for (JsonNode required : shape.path("required")) {
            if (!given(template, required.asText())) {
                issues.add(new Issue(pointer, "MISSING_PARAMETER", operation + " requires '"
                        + MemberNames.accepted(required.asText()).get(0) + "'" + (path.isEmpty() ? "" : " here")
                        + "; AWS fails the task when it runs without it"));
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = template.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            boolean dynamic = key.endsWith(".$");
            String name = dynamic ? key.substring(0, key.length() - 2) : key;
            String at = pointer + "/" + Pointers.escape(key);
            String memberPath = path.isEmpty() ? name : path + "." + name;
            if (anyJson.contains(memberPath)) {
                continue;
            }
            String member = members.get(name);
            if (member == null) {
                issues.add(new Issue(at, "UNKNOWN_PARAMETER", "'" + name + "' is not a parameter of " + operation
                        + Closest.hint(name, members.keySet()) + "; AWS fails the task when it runs: The field \""
                        + name + "\" is not supported by Step Functions"));
            } else if (!dynamic) {
                value(entry.getValue(), shape.path("members").path(member).path("shape").asText(), at, name,
                        memberPath, depth + 1);
            }
        }
    }

    private static boolean given(JsonNode template, String member) {
        for (String name : MemberNames.accepted(member)) {
            if (template.has(name) || template.has(name + ".$")) {
                return true;
            }
        }
        return false;
    }

    private void value(JsonNode value, String shapeName, String pointer, String name, String path, int depth) {
        JsonNode shape = model.shape(shapeName);
        if (depth > MAX_DEPTH || shape.isMissingNode() || computed(value)) {
            return;
        }
        String type = shape.path("type").asText();
        String expected = ShapeDescriptions.of(shape);
        boolean fits = switch (type) {
            case "structure", "map" -> value.isObject();
            case "list" -> value.isArray();
            case "string", "blob" -> value.isTextual();
            case "boolean" -> value.isBoolean();
            case "integer", "long" -> value.isIntegralNumber() || value.isNumber() && value.canConvertToExactIntegral();
            case "double", "float" -> value.isNumber();
            case "timestamp" -> value.isTextual() || value.isNumber();
            default -> true;
        };
        if (!fits) {
            issues.add(new Issue(pointer, "INVALID_PARAMETER", "'" + name + "' of " + operation + " must be " + expected
                    + ", found " + abbreviate(value)));
            return;
        }
        if ("string".equals(type) && shape.path("enum").size() > 0 && !enumerated(shape, value.textValue())) {
            issues.add(new Issue(pointer, "INVALID_PARAMETER", "'" + name + "' of " + operation + " must be "
                    + expected + ", found " + abbreviate(value)));
        } else if ("structure".equals(type)) {
            structure(value, shapeName, pointer, path, depth);
        } else if ("list".equals(type)) {
            String element = shape.path("member").path("shape").asText();
            for (int i = 0; i < value.size(); i++) {
                value(value.get(i), element, pointer + "/" + i, name, path, depth + 1);
            }
        } else if ("map".equals(type)) {
            String element = shape.path("value").path("shape").asText();
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (!entry.getKey().endsWith(".$")) {
                    value(entry.getValue(), element, pointer + "/" + Pointers.escape(entry.getKey()), entry.getKey(),
                            path + ".*", depth + 1);
                }
            }
        }
    }

    /** A value only known at run time: a JSONata expression or a placeholder. */
    private static boolean computed(JsonNode value) {
        return value.isTextual() && (value.textValue().strip().startsWith("{%") || value.textValue().contains("${"));
    }

    private static boolean enumerated(JsonNode shape, String text) {
        for (JsonNode allowed : shape.path("enum")) {
            if (allowed.asText().equals(text)) {
                return true;
            }
        }
        return false;
    }

    private static String abbreviate(JsonNode value) {
        String text = value.toString();
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
