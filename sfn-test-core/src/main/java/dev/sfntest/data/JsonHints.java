package dev.sfntest.data;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hint fitted to a JSON syntax error: the likely mistake behind it, read from the text around
 * the error (single quotes, a word without quotes, a comma before a closing bracket, {@code True}
 * for {@code true}), or an empty string when nothing fits.
 */
final class JsonHints {
    private static final Pattern FOUND = Pattern.compile("^expected (a value|a field name in double quotes), found '(.*)'$",
            Pattern.DOTALL);
    private static final Set<String> LITERALS = Set.of("true", "false", "null");

    private JsonHints() {
    }

    /** The hint for the error {@code described} (in plain words) at {@code location} of {@code text}. */
    static String of(String text, JsonLocation location, String described) {
        Matcher found = FOUND.matcher(described);
        if (text == null || location == null || !found.matches()) {
            return "";
        }
        int offset = offset(text, location.getLineNr(), location.getColumnNr());
        if (offset < 0 || offset >= text.length()) {
            return "";
        }
        boolean fieldName = found.group(1).startsWith("a field name");
        char at = text.charAt(offset);
        if (at == '\'') {
            return singleQuoted(text, offset);
        }
        if ((at == '}' || at == ']') && previousNonBlank(text, offset) == ',') {
            return "remove the comma before '" + at + "': JSON allows none after the last "
                    + (at == '}' ? "field" : "element");
        }
        if (!Character.isLetter(at) && at != '_' && at != '$') {
            return "";
        }
        String word = bareText(text, offset, fieldName);
        if (fieldName) {
            return "field names need double quotes: \"" + word + "\"";
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (LITERALS.contains(lower)) {
            return "JSON's " + lower + " is written in lower case: " + lower;
        }
        if (word.equals("undefined")) {
            return "JSON has no undefined: write null, or leave the field out";
        }
        return "did you mean to quote it: \"" + word.replace("\\", "\\\\").replace("\"", "\\\"") + "\"?";
    }

    private static String singleQuoted(String text, int offset) {
        int end = text.indexOf('\'', offset + 1);
        int lineEnd = lineEnd(text, offset);
        if (end < 0 || end > lineEnd) {
            return "JSON strings and field names use double quotes, not single quotes";
        }
        String content = text.substring(offset + 1, end);
        return "JSON strings and field names use double quotes: \"" + content + "\", not '" + content + "'";
    }

    /**
     * {@code described} with the word the parser found written whole: the parser quotes the first
     * letter of an unquoted field name ({@code found 'o'} for {@code orderId}) and stops a value
     * at a {@code -} ({@code found 'ch'} for {@code ch-1}).
     */
    static String wholeWord(String text, JsonLocation location, String described) {
        Matcher found = FOUND.matcher(described);
        if (text == null || location == null || !found.matches()) {
            return described;
        }
        int offset = offset(text, location.getLineNr(), location.getColumnNr());
        if (offset < 0 || offset >= text.length() || !Character.isLetter(text.charAt(offset))) {
            return described;
        }
        String word = bareText(text, offset, found.group(1).startsWith("a field name"));
        return word.startsWith(found.group(2)) && word.indexOf('\'') < 0
                ? described.substring(0, found.start(2)) + word + "'" : described;
    }

    /** A field name: letters, digits, {@code _} and {@code $}; a value: up to the next {@code , } ]} or line end. */
    private static String bareText(String text, int offset, boolean fieldName) {
        int end = offset;
        int lineEnd = lineEnd(text, offset);
        while (end < lineEnd) {
            char c = text.charAt(end);
            boolean stops = fieldName ? !(Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '-')
                    : c == ',' || c == '}' || c == ']';
            if (stops) {
                break;
            }
            end++;
        }
        return text.substring(offset, end).strip();
    }

    private static int lineEnd(String text, int offset) {
        int end = offset;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return end;
    }

    private static char previousNonBlank(String text, int offset) {
        for (int i = offset - 1; i >= 0; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 0;
    }

    /** The character offset of a 1-based line and column, or -1. */
    private static int offset(String text, int line, int column) {
        int current = 1;
        int i = 0;
        while (current < line && i < text.length()) {
            char c = text.charAt(i++);
            if (c == '\n' || c == '\r' && (i >= text.length() || text.charAt(i) != '\n')) {
                current++;
            }
        }
        return current == line && column >= 1 ? i + column - 1 : -1;
    }
}
