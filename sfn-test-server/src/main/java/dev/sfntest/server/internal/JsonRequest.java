package dev.sfntest.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * The members of one request body, read as the API model types them: a member of the wrong JSON
 * type is a {@code SerializationException}, a missing required member or one that breaks a length,
 * range or enum constraint a {@code ValidationException} worded as AWS words it.
 */
final class JsonRequest {
    private final ObjectNode body;

    JsonRequest(ObjectNode body) {
        this.body = body;
    }

    /** The body, for actions that hand it on whole. */
    ObjectNode body() {
        return body;
    }

    /** A required string of {@code min} to {@code max} characters. */
    String required(String member, int min, int max) {
        String value = optional(member, min, max);
        if (value == null) {
            throw ApiException.validation("Value null at '" + member + "' failed to satisfy constraint: Member must not be null");
        }
        return value;
    }

    /** A required string of 1 to 256 characters (an ARN). */
    String requiredArn(String member) {
        return required(member, 1, 256);
    }

    /** An optional string, {@code null} when absent or JSON null. */
    String optional(String member, int min, int max) {
        JsonNode value = body.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw wrongType(member, "a string", value);
        }
        String text = value.textValue();
        if (text.length() > max) {
            throw ApiException.validation("Value '" + text + "' at '" + member
                    + "' failed to satisfy constraint: Member must have length less than or equal to " + max);
        }
        if (text.length() < min) {
            throw ApiException.validation("Value '" + text + "' at '" + member
                    + "' failed to satisfy constraint: Member must have length greater than or equal to " + min);
        }
        return text;
    }

    /** An optional string that must be one of {@code values}. */
    String optionalEnum(String member, List<String> values) {
        String value = optional(member, 0, Integer.MAX_VALUE);
        if (value != null && !values.contains(value)) {
            throw ApiException.validation("Value '" + value + "' at '" + member
                    + "' failed to satisfy constraint: Member must satisfy enum value set: " + values);
        }
        return value;
    }

    /** An optional integer within {@code [min, max]}, or {@code fallback} when absent. */
    int optionalInt(String member, int min, int max, int fallback) {
        JsonNode value = body.get(member);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw wrongType(member, "an integer", value);
        }
        int number = value.intValue();
        if (number > max) {
            throw ApiException.validation("Value '" + number + "' at '" + member
                    + "' failed to satisfy constraint: Member must have value less than or equal to " + max);
        }
        if (number < min) {
            throw ApiException.validation("Value '" + number + "' at '" + member
                    + "' failed to satisfy constraint: Member must have value greater than or equal to " + min);
        }
        return number;
    }

    /** An optional number within {@code [min, max]}, or {@code null} when absent. */
    Double optionalNumber(String member, double min, double max) {
        JsonNode value = body.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw wrongType(member, "a number", value);
        }
        double number = value.doubleValue();
        if (number > max) {
            throw ApiException.validation("Value '" + value + "' at '" + member
                    + "' failed to satisfy constraint: Member must have value less than or equal to " + max);
        }
        if (number < min) {
            throw ApiException.validation("Value '" + value + "' at '" + member
                    + "' failed to satisfy constraint: Member must have value greater than or equal to " + min);
        }
        return number;
    }

    /** An optional boolean. */
    boolean optionalBoolean(String member, boolean fallback) {
        JsonNode value = body.get(member);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw wrongType(member, "a boolean", value);
        }
        return value.booleanValue();
    }

    /** An optional object, {@code null} when absent. */
    ObjectNode optionalObject(String member) {
        JsonNode value = body.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw wrongType(member, "an object", value);
        }
        return (ObjectNode) value;
    }

    /** An optional list of objects, empty when absent. */
    List<ObjectNode> objects(String member) {
        List<ObjectNode> list = new ArrayList<>();
        for (JsonNode item : array(member)) {
            if (!item.isObject()) {
                throw wrongType(member + "[]", "an object", item);
            }
            list.add((ObjectNode) item);
        }
        return list;
    }

    /** An optional list of strings, empty when absent. */
    List<String> strings(String member) {
        List<String> list = new ArrayList<>();
        for (JsonNode item : array(member)) {
            if (!item.isTextual()) {
                throw wrongType(member + "[]", "a string", item);
            }
            list.add(item.textValue());
        }
        return list;
    }

    private Iterable<JsonNode> array(String member) {
        JsonNode value = body.get(member);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw wrongType(member, "a list", value);
        }
        return value;
    }

    private static ApiException wrongType(String member, String expected, JsonNode value) {
        return ApiException.serialization("Expected " + expected + " at '" + member + "', found "
                + Json.typeName(value) + " " + abbreviate(Json.write(value)));
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
