package dev.sfntest.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON syntax errors worded for the person who wrote the text, without the parser library's
 * vocabulary (feature flags, "start marker", character codes, class names): the
 * {@link InvalidJsonException}s that {@link Json#parse} throws, located at a line and column,
 * with a hint at the likely mistake ({@link JsonHints}).
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

    /**
     * The parser's error in plain words, at its location (or at {@code fallback} when it has
     * none), with a hint read from {@code text}.
     */
    static InvalidJsonException invalid(JsonProcessingException e, String text, JsonLocation fallback) {
        JsonLocation location = e.getLocation() != null ? e.getLocation() : fallback;
        String message = clean(e.getOriginalMessage());
        String hint = JsonHints.of(text, location, message);
        return new InvalidJsonException(JsonHints.wholeWord(text, location, message), hint,
                Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()), e);
    }

    /**
     * A key that its object already has, located at the key's opening quote, found back from
     * {@code afterKey}, the character offset just past the key's closing quote.
     */
    static InvalidJsonException duplicate(String text, int afterKey, String key) {
        int quote = Math.min(afterKey, text.length()) - 2;
        while (quote > 0 && !(text.charAt(quote) == '"' && !escaped(text, quote))) {
            quote--;
        }
        return at(text, Math.max(0, quote), "Duplicate key '" + key + "': a key may appear only once in an object");
    }

    private static boolean escaped(String text, int at) {
        int backslashes = 0;
        for (int i = at - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** Text after the value, at the given character offset. */
    static InvalidJsonException trailing(String text, int offset) {
        return at(text, offset, "Unexpected text after the JSON value: a JSON text holds exactly one value");
    }

    private static InvalidJsonException at(String text, int offset, String message) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return new InvalidJsonException(message, "", line, offset - lineStart + 1, null);
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
