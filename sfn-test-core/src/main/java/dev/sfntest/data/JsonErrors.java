package dev.sfntest.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a JSON syntax error for the person who wrote the text, without the parser library's
 * vocabulary (feature flags, "start marker", character codes, class names).
 *
 * <pre>{@code
 * JsonErrors.describe(e)   // "expected ',' between the fields of an object, found '\"'"
 * }</pre>
 */
public final class JsonErrors {
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
                    "a control character (code $1) in a string must be escaped with a backslash"),
            rule("Non-standard token '(.*)'.*", "'$1' is not a JSON value"),
            rule("Invalid numeric value: (.*)", "invalid number: $1"),
            rule("Document nesting depth \\(\\d+\\) exceeds the maximum allowed \\((\\d+).*",
                    "the JSON nests deeper than $1 levels, the most sfn-test reads"),
            rule("(String|Number|Name) value length \\(\\d+\\) exceeds the maximum allowed \\((\\d+).*",
                    "a $1 is longer than $2 characters, the most sfn-test reads"));

    private JsonErrors() {
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
        String message = original == null ? "invalid JSON" : original.replace("Unexpected end-of-inputNo", "No");
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(message);
            if (matcher.matches()) {
                return matcher.replaceFirst(rule.replacement()).replace("an Object", "an object")
                        .replace("an Array", "an array").replace("the Object", "the object")
                        .replace("the Array", "the array").replace("a Name", "a field name")
                        .replace("a String", "a string").replace("a Number", "a number");
            }
        }
        String plain = message.replaceAll(" \\(code \\d+\\)", "").replaceAll("\\[Source: [^\\]]*\\]", "")
                .replaceAll("`[^`]*`", "").replaceAll("\\s*\\R\\s*", " ").strip();
        return plain.isEmpty() ? "invalid JSON" : Character.toLowerCase(plain.charAt(0)) + plain.substring(1);
    }
}
