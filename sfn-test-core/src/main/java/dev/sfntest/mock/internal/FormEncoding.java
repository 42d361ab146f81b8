package dev.sfntest.mock.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An HTTP task's {@code RequestBody} as {@code application/x-www-form-urlencoded} text, the
 * {@code Transform} {@code "RequestBodyEncoding": "URL_ENCODED"}: {@code {"a": 1, "b": "x y"}} is
 * {@code a=1&b=x+y}. Arrays follow {@code RequestEncodingOptions.ArrayFormat}, for
 * {@code {"array": ["a", "b"]}}: INDICES (the default) {@code array[0]=a&array[1]=b}, REPEAT
 * {@code array=a&array=b}, COMMAS {@code array=a,b}, BRACKETS {@code array[]=a&array[]=b}.
 * Nested objects are {@code outer[inner]=v}. Keys and values are percent-encoded, brackets included.
 */
public final class FormEncoding {
    /** AWS's {@code ArrayFormat} values. */
    public enum ArrayFormat { INDICES, REPEAT, COMMAS, BRACKETS }

    private FormEncoding() {
    }

    /**
     * The format named {@code name}, or INDICES when {@code name} is {@code null}.
     *
     * @throws IllegalArgumentException naming the values AWS accepts
     */
    public static ArrayFormat arrayFormat(String name) {
        if (name == null) {
            return ArrayFormat.INDICES;
        }
        try {
            return ArrayFormat.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("ArrayFormat must be one of INDICES, REPEAT, COMMAS or BRACKETS,"
                    + " was \"" + name + "\"", e);
        }
    }

    /** The form text of an object body. */
    public static String encode(JsonNode body, ArrayFormat format) {
        List<String> pairs = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            add(pairs, field.getKey(), field.getValue(), format);
        }
        return String.join("&", pairs);
    }

    private static void add(List<String> pairs, String key, JsonNode value, ArrayFormat format) {
        if (value.isObject()) {
            value.properties().forEach(e -> add(pairs, key + "[" + e.getKey() + "]", e.getValue(), format));
        } else if (value.isArray()) {
            addArray(pairs, key, value, format);
        } else {
            pairs.add(escape(key) + "=" + escape(scalar(value)));
        }
    }

    private static void addArray(List<String> pairs, String key, JsonNode array, ArrayFormat format) {
        if (format == ArrayFormat.COMMAS) {
            List<String> values = new ArrayList<>();
            array.forEach(item -> values.add(escape(scalar(item))));
            pairs.add(escape(key) + "=" + String.join(",", values));
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            String itemKey;
            switch (format) {
                case INDICES:
                    itemKey = key + "[" + i + "]";
                    break;
                case BRACKETS:
                    itemKey = key + "[]";
                    break;
                default:
                    itemKey = key;
            }
            add(pairs, itemKey, array.get(i), format);
        }
    }

    /** A scalar's text: strings unquoted, {@code null} empty, numbers and booleans as JSON writes them. */
    static String scalar(JsonNode value) {
        if (value.isNull()) {
            return "";
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    static String escape(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
