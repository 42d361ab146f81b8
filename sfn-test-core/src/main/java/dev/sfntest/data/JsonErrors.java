package dev.sfntest.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.ContentReference;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON syntax errors worded for the person who wrote the text, without the parser library's
 * vocabulary (feature flags, "start marker", character codes, class names): the errors
 * {@link Json#parse} raises, located at a line and column, and {@link #describe} for callers that
 * add the location themselves.
 *
 * <pre>{@code
 * JsonErrors.describe(e)   // "expected ',' between the fields of an object, found '\"'"
 * }</pre>
 */
public final class JsonErrors {
    private static final Pattern MARKER = Pattern.compile(
            "\\s*\\((?:start marker|for \\w+ starting) at \\[Source: .*?; line: \\d+, column: \\d+\\]\\)");
    private static final Pattern SOURCE = Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]");
    private static final Pattern CODE = Pattern.compile(" \\(code \\d+\\)");
    private static final Pattern CONTROL = Pattern.compile("\\(CTRL-CHAR, code (\\d+)\\)");
    private static final Pattern CONSTRAINT = Pattern.compile(", from `[^`]*`");
    private static final Pattern EXPECTED_VALUE = Pattern.compile(
            "(?:a valid value )?\\(JSON String, Number, Array, Object or token 'null', 'true' or 'false'\\)");
    private static final Pattern END_OF_INPUT = Pattern.compile("end-of-input");
    private static final String VALUE = "\\(JSON String, Number, Array, Object or token 'null', 'true' or 'false'\\)";
    private static final String CHAR = "Unexpected character \\('(.+?)' \\(code \\d+\\)\\)";
    private static final String AT_SOURCE = " \\((?:start marker at|for \\w+ starting at) \\[Source: [^;]*; line: (\\d+), "
            + "column: (\\d+)\\]\\)";
    private static final List<Rule> RULES = List.of(
            rule(CHAR + ": expected a valid value " + VALUE, "expected a value, found '$1'"),
            rule(CHAR + ": was expecting double-quote to start field name",
                    "expected a field name in double quotes, found '$1'"),
            rule(CHAR + ": was expecting comma to separate (\\w+) entries",
                    "expected ',' between the entries of an $2, found '$1'"),
            rule(CHAR + ": was expecting a colon to separate field name and value",
                    "expected ':' after the field name, found '$1'"),
            rule(CHAR + ": maybe a \\(non-standard\\) comment\\?.*", "comments are not allowed in JSON"),
            rule(CHAR + " in numeric value: (.*)", "invalid number: $2"),
            rule(CHAR + ".*", "unexpected character '$1'"),
            rule("Unexpected end-of-input: expected close marker for (\\w+)" + AT_SOURCE,
                    "the text ends before the $1 that opens at line $2, column $3 is closed"),
            rule("Unexpected close marker '(.)': expected '(.)'" + AT_SOURCE,
                    "expected '$2' to close the array that opens at line $3, column $4, found '$1'"),
            rule("Unexpected end-of-input within/between (\\w+) entries", "the text ends inside an $1"),
            rule("Unexpected end-of-input: was expecting closing quote for a string value",
                    "the text ends inside a string"),
            rule("Unexpected end-of-input.*", "the text ends too early"),
            rule("No digit following sign", "invalid number: no digit after the sign"),
            rule("Unrecognized token '(.*)': was expecting " + VALUE, "expected a value, found '$1'"),
            rule("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*",
                    "a control character (number $1) in a string must be escaped with a backslash"),
            rule("Non-standard token '(.*)'.*", "'$1' is not a JSON value"),
            rule("Invalid numeric value: (.*)", "invalid number: $1"),
            rule("Document nesting depth \\(\\d+\\) exceeds the maximum allowed \\((\\d+).*",
                    "the JSON nests deeper than $1 levels, the most sfn-test reads"),
            rule("(String|Number|Name) value length \\(\\d+\\) exceeds the maximum allowed \\((\\d+).*",
                    "a $1 is longer than $2 characters, the most sfn-test reads"));

    private JsonErrors() {
    }

    /** The parser's error with its message cleaned, at the same place, with a hint read from {@code text}. */
    static JsonProcessingException cleaned(JsonProcessingException e, String text) {
        String message = clean(e.getOriginalMessage());
        String hint = JsonHints.of(text, e.getLocation(), message);
        return new Hinted(JsonHints.wholeWord(text, e.getLocation(), message), e.getLocation(), e, hint);
    }

    /** A syntax error with a hint at the likely mistake. */
    private static final class Hinted extends JsonParseException {
        private static final long serialVersionUID = 1L;
        private final String hint;

        Hinted(String message, JsonLocation location, Throwable cause, String hint) {
            super(null, message, location, cause);
            this.hint = hint;
        }
    }

    /**
     * A hint at the mistake behind an error of {@link Json#parse}, or an empty string: single
     * quotes ({@code JSON strings and field names use double quotes: "a", not 'a'}), a word
     * without quotes ({@code did you mean to quote it: "done"?}), a comma before a closing
     * bracket, {@code True} for {@code true}.
     */
    public static String hint(JsonProcessingException e) {
        return e instanceof Hinted hinted ? hinted.hint : "";
    }

    /** {@link #describe} then, when there is one, {@code "; "} and the {@link #hint}. */
    public static String describeWithHint(JsonProcessingException e) {
        String hint = hint(e);
        return describe(e) + (hint.isEmpty() ? "" : "; " + hint);
    }

    /**
     * The error in plain words at its {@code line:column}, then the hint:
     * {@code expected a value, found 'done' at 1:1; did you mean to quote it: "done"?}.
     */
    public static String located(JsonProcessingException e) {
        String hint = hint(e);
        return describe(e) + (e.getLocation() == null ? "" : " at " + e.getLocation().getLineNr() + ":"
                + e.getLocation().getColumnNr()) + (hint.isEmpty() ? "" : "; " + hint);
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
        String described = byRule(message);
        if (described != null) {
            return described;
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

    private record Rule(Pattern pattern, String replacement) {
    }

    private static Rule rule(String regex, String replacement) {
        return new Rule(Pattern.compile(regex, Pattern.DOTALL), replacement);
    }

    /** The error in plain words, without a location (the caller adds {@code line:column}). */
    public static String describe(JsonProcessingException e) {
        return describe(e.getOriginalMessage());
    }

    /** {@link #describe(JsonProcessingException)} for the parser's original message. */
    static String describe(String original) {
        String message = original == null ? "invalid JSON" : original;
        String described = byRule(message);
        if (described != null) {
            return described;
        }
        String plain = message.replaceAll(" \\(code \\d+\\)", "").replaceAll("\\[Source: [^\\]]*\\]", "")
                .replaceAll("`[^`]*`", "").replaceAll("\\s*\\R\\s*", " ").strip();
        return plain.isEmpty() ? "invalid JSON" : plain;
    }

    /** The parser's message in plain words when one of {@link #RULES} knows it, else null. */
    private static String byRule(String original) {
        String message = original.replace("Unexpected end-of-inputNo", "No");
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(message);
            if (matcher.matches()) {
                return matcher.replaceFirst(rule.replacement()).replace("an Object", "an object")
                        .replace("an Array", "an array").replace("the Object", "the object")
                        .replace("the Array", "the array").replace("a Name", "a field name")
                        .replace("a String", "a string").replace("a Number", "a number");
            }
        }
        return null;
    }
}
