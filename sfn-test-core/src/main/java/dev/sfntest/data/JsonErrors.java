package dev.sfntest.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.ContentReference;
import java.util.regex.Pattern;

/**
 * The errors {@link Json#parse} reports: located at a line and column, worded for the person who
 * wrote the text, without the parser library's internals (class names, source descriptions,
 * "start marker" references).
 */
final class JsonErrors {
    private static final Pattern MARKER = Pattern.compile(
            "\\s*\\((?:start marker|for \\w+ starting) at \\[Source: .*?; line: \\d+, column: \\d+\\]\\)");
    private static final Pattern SOURCE = Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]");
    private static final Pattern CODE = Pattern.compile(" \\(code \\d+\\)");
    private static final Pattern CONTROL = Pattern.compile("\\(CTRL-CHAR, code (\\d+)\\)");
    private static final Pattern CONSTRAINT = Pattern.compile(", from `[^`]*`");
    private static final Pattern EXPECTED_VALUE = Pattern.compile(
            "(?:a valid value )?\\(JSON String, Number, Array, Object or token 'null', 'true' or 'false'\\)");
    private static final Pattern END_OF_INPUT = Pattern.compile("end-of-input");

    private JsonErrors() {
    }

    /** The parser's error with its message cleaned, at the same place. */
    static JsonProcessingException cleaned(JsonProcessingException e) {
        return new JsonParseException(null, clean(e.getOriginalMessage()), e.getLocation(), e);
    }

    /** A key that its object already has, at the key's location. */
    static JsonProcessingException duplicate(JsonLocation location, String key) {
        return new JsonParseException(null, "Duplicate key '" + key + "': a key may appear only once in an object",
                location);
    }

    /** Text after the value, at the given character offset. */
    static JsonProcessingException trailing(String text, int offset) {
        return at(text, offset, "Unexpected text after the JSON value: a JSON text holds exactly one value");
    }

    private static JsonProcessingException at(String text, int offset, String message) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        JsonLocation location = new JsonLocation(ContentReference.unknown(), -1, offset, line, offset - lineStart + 1);
        return new JsonParseException(null, message, location);
    }

    /** A message of the parser library in plain words. */
    static String clean(String message) {
        if (message == null) {
            return "The text is not valid JSON";
        }
        String text = MARKER.matcher(message).replaceAll("");
        text = SOURCE.matcher(text).replaceAll("line $1, column $2");
        text = CONTROL.matcher(text).replaceAll("control character $1");
        text = CODE.matcher(text).replaceAll("");
        text = CONSTRAINT.matcher(text).replaceAll("");
        text = EXPECTED_VALUE.matcher(text).replaceAll("a JSON value (string, number, array, object, true, false or null)");
        text = END_OF_INPUT.matcher(text).replaceAll("end of text");
        text = text.replace("close marker for Object", "'}' to close an object")
                .replace("close marker for Array", "']' to close an array");
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
