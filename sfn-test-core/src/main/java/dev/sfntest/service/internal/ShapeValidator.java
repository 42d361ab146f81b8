package dev.sfntest.service.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.internal.Pointers;
import dev.sfntest.service.FieldValidationMode;
import dev.sfntest.service.ServiceModel;
import dev.sfntest.service.ShapeMismatch;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a JSON value against a shape of an API model the way AWS's TestState checks mocked
 * results: types, enums, lengths and ranges of every member present; in {@code STRICT} mode
 * required members too. Members the model does not have are accepted. Member names are matched
 * in Step Functions' PascalCase ({@code ExecutionArn} for the model's {@code executionArn}).
 */
public final class ShapeValidator {
    /** Nesting deeper than this is not followed (AWS models are far shallower; recursive shapes exist). */
    private static final int MAX_DEPTH = 64;

    private final ServiceModel model;
    private final FieldValidationMode mode;
    private final Set<String> anyJson;
    private final boolean numericTimestamps;
    private final boolean sdkNames;

    /**
     * @param anyJson top-level members that hold any JSON here (Lambda's {@code Payload}, Bedrock's {@code Body})
     * @param numericTimestamps whether timestamps may be epoch numbers (the results of {@code .sync} executions)
     * @param sdkNames whether messages name members as the AWS SDK integration writes them ({@link MemberNames#sdk})
     */
    public ShapeValidator(ServiceModel model, FieldValidationMode mode, Set<String> anyJson, boolean numericTimestamps,
            boolean sdkNames) {
        this.model = model;
        this.mode = mode;
        this.anyJson = anyJson;
        this.numericTimestamps = numericTimestamps;
        this.sdkNames = sdkNames;
    }

    /** The first mismatch of {@code value} against {@code shapeName}, in document order. */
    public Optional<ShapeMismatch> check(JsonNode value, String shapeName) {
        if (mode == FieldValidationMode.NONE) {
            return Optional.empty();
        }
        return Optional.ofNullable(value(value, shapeName, "", "", 0));
    }

    private ShapeMismatch value(JsonNode value, String shapeName, String pointer, String field, int depth) {
        JsonNode shape = model.shape(shapeName);
        if (value == null || value.isNull() || shape.isMissingNode() || depth > MAX_DEPTH) {
            return null;
        }
        String type = shape.path("type").asText();
        return switch (type) {
            case "structure" -> value.isObject() ? structure(value, shapeName, pointer, depth)
                    : mismatch(pointer, field, "must be an object", "an object");
            case "list" -> value.isArray() ? list(value, shape, pointer, field, depth)
                    : mismatch(pointer, field, "must be an array", "an array");
            case "map" -> value.isObject() ? map(value, shape, pointer, depth)
                    : mismatch(pointer, field, "must be an object", "an object (a map)");
            case "string" -> string(value, shape, pointer, field);
            case "blob" -> value.isTextual() ? length(value.textValue().length(), shape, pointer, field, "a string")
                    : mismatch(pointer, field, "must be a string", "a base64 string");
            case "timestamp" -> value.isTextual() || numericTimestamps && value.isNumber() ? null
                    : mismatch(pointer, field, "must be a string", "a timestamp string");
            case "boolean" -> value.isBoolean() ? null : mismatch(pointer, field, "must be a boolean", "true or false");
            case "integer", "long" -> integer(value, shape, pointer, field);
            case "double", "float" -> value.isNumber() ? range(value.doubleValue(), shape, pointer, field, "a number")
                    : mismatch(pointer, field, "must be a number", "a number");
            default -> null;
        };
    }

    private ShapeMismatch structure(JsonNode value, String shapeName, String pointer, int depth) {
        JsonNode shape = model.shape(shapeName);
        Map<String, String> members = model.memberNames(shapeName);
        if (mode == FieldValidationMode.STRICT) {
            for (JsonNode required : shape.path("required")) {
                if (!present(value, required.asText())) {
                    String name = sdkNames ? MemberNames.sdk(required.asText()) : pascal(required.asText());
                    return mismatch(pointer + "/" + Pointers.escape(name), name, "is missing",
                            describe(shape.path("members").get(required.asText())));
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String member = members.get(entry.getKey());
            if (member == null || depth == 0 && anyJson.contains(entry.getKey())) {
                continue;
            }
            ShapeMismatch found = value(entry.getValue(), shape.path("members").path(member).path("shape").asText(),
                    pointer + "/" + Pointers.escape(entry.getKey()), entry.getKey(), depth + 1);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static boolean present(JsonNode value, String member) {
        for (String name : MemberNames.accepted(member)) {
            if (value.hasNonNull(name)) {
                return true;
            }
        }
        return false;
    }

    private ShapeMismatch list(JsonNode value, JsonNode shape, String pointer, String field, int depth) {
        String element = shape.path("member").path("shape").asText();
        for (int i = 0; i < value.size(); i++) {
            ShapeMismatch found = value(value.get(i), element, pointer + "/" + i, field, depth + 1);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private ShapeMismatch map(JsonNode value, JsonNode shape, String pointer, int depth) {
        String element = shape.path("value").path("shape").asText();
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            ShapeMismatch found = value(entry.getValue(), element, pointer + "/" + Pointers.escape(entry.getKey()),
                    entry.getKey(), depth + 1);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private ShapeMismatch string(JsonNode value, JsonNode shape, String pointer, String field) {
        if (!value.isTextual()) {
            return mismatch(pointer, field, "must be a string", describe(shape));
        }
        JsonNode values = shape.path("enum");
        if (values.isArray() && values.size() > 0) {
            for (JsonNode allowed : values) {
                if (allowed.asText().equals(value.textValue())) {
                    return null;
                }
            }
            return mismatch(pointer, field, "is not an expected value", describe(shape));
        }
        return length(value.textValue().codePointCount(0, value.textValue().length()), shape, pointer, field,
                "a string");
    }

    private ShapeMismatch length(int length, JsonNode shape, String pointer, String field, String what) {
        if (shape.has("min") && length < shape.get("min").asLong()) {
            return mismatch(pointer, field, "is smaller than the minimum length", describe(shape));
        }
        if (shape.has("max") && length > shape.get("max").asLong()) {
            return mismatch(pointer, field, "exceeds the maximum length", describe(shape));
        }
        return null;
    }

    private ShapeMismatch integer(JsonNode value, JsonNode shape, String pointer, String field) {
        if (!value.isNumber()) {
            return mismatch(pointer, field, "must be a number", describe(shape));
        }
        if (!value.canConvertToExactIntegral()) {
            return mismatch(pointer, field, "must be an integer", describe(shape));
        }
        return range(value.doubleValue(), shape, pointer, field, "an integer");
    }

    private ShapeMismatch range(double number, JsonNode shape, String pointer, String field, String what) {
        if (shape.has("min") && number < shape.get("min").asDouble()) {
            return mismatch(pointer, field, "is less than the minimum value", describe(shape));
        }
        if (shape.has("max") && number > shape.get("max").asDouble()) {
            return mismatch(pointer, field, "exceeds the maximum value", describe(shape));
        }
        return null;
    }

    private ShapeMismatch mismatch(String pointer, String field, String problem, String expected) {
        return new ShapeMismatch(pointer, field.isEmpty() ? "result" : field, problem, expected);
    }

    /** What a member's shape (or a shape) expects, for people. */
    String describe(JsonNode shapeOrMember) {
        if (shapeOrMember == null) {
            return "a value";
        }
        JsonNode shape = shapeOrMember.has("shape") ? model.shape(shapeOrMember.path("shape").asText()) : shapeOrMember;
        return ShapeDescriptions.of(shape);
    }

    /** Step Functions writes every member name with a capital first letter. */
    public static String pascal(String name) {
        return MemberNames.pascal(name);
    }
}
