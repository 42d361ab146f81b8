package dev.sfntest.data;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The syntax of the ASL specification's Reference Paths: after the root, a chain of field names
 * ({@code .name} or {@code ['name']}) and array indexes ({@code [0]}). A backslash makes the next
 * character part of the name ({@code $.store\.book} names the field {@code store.book}); any
 * other character may appear unescaped except the operators a Reference Path may not use
 * ({@code @ , : ? * ( ) ' "}), brackets and white space.
 */
@API(status = INTERNAL)
public final class ReferencePathSyntax {
    private static final String OPERATORS = "@,:?*()'\"]";

    private final String text;
    private int at;

    private ReferencePathSyntax(String text, int start) {
        this.text = text;
        this.at = start;
    }

    /**
     * The steps after the root, which ends at {@code start}: {@code String} field names (escapes
     * resolved) and {@code Integer} indexes.
     *
     * @throws PathException naming the first character that a Reference Path cannot have there
     */
    public static List<Object> steps(String text, int start) {
        return new ReferencePathSyntax(text, start).steps();
    }

    /**
     * Checks a Reference Path that a state reads ({@code SecondsPath}, {@code ItemsPath}, a
     * Choice {@code Variable}...): rooted at {@code $} (the input), {@code $$} (the Context
     * object) or {@code $name} (a variable).
     *
     * @throws PathException when it is not one
     */
    public static void checkReadable(String text) {
        if (text == null || !text.startsWith("$")) {
            throw new PathException(text, "a reference path must start with '$'");
        }
        int start = 1;
        if (text.startsWith("$$")) {
            start = 2;
        } else if (start < text.length() && (Character.isLetter(text.charAt(1)) || text.charAt(1) == '_')) {
            while (start < text.length() && (Character.isLetterOrDigit(text.charAt(start)) || text.charAt(start) == '_')) {
                start++;
            }
        }
        steps(text, start);
    }

    private List<Object> steps() {
        List<Object> steps = new ArrayList<>();
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '.') {
                at++;
                steps.add(dottedName());
            } else if (c == '[') {
                at++;
                steps.add(bracket());
            } else {
                throw error("expected '.' or '[' at position " + (at + 1) + ", found '" + c + "'");
            }
        }
        return List.copyOf(steps);
    }

    private String dottedName() {
        StringBuilder name = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '.' || c == '[') {
                break;
            }
            if (c == '\\') {
                if (at + 1 >= text.length()) {
                    throw error("it ends with a backslash that escapes nothing");
                }
                name.append(text.charAt(at + 1));
                at += 2;
                continue;
            }
            if (OPERATORS.indexOf(c) >= 0 || Character.isWhitespace(c)) {
                throw error(describe(c) + " at position " + (at + 1) + " is not allowed in a reference path "
                        + "(escape it with a backslash when it is part of a field name)");
            }
            name.append(c);
            at++;
        }
        if (name.length() == 0) {
            throw error(at < text.length() && text.charAt(at) == '.'
                    ? "'..' (recursive descent) at position " + at + " is not allowed in a reference path"
                    : "a field name is missing at position " + (at + 1));
        }
        return name.toString();
    }

    private Object bracket() {
        if (at < text.length() && text.charAt(at) == '\'') {
            int close = text.indexOf("']", at + 1);
            if (close < 0) {
                throw error("the quoted name at position " + at + " is not closed with ']");
            }
            String name = text.substring(at + 1, close);
            at = close + 2;
            return name;
        }
        int start = at;
        while (at < text.length() && Character.isDigit(text.charAt(at))) {
            at++;
        }
        if (at == start || at >= text.length() || text.charAt(at) != ']' || at - start > 9) {
            throw error("only an array index such as [0] or a quoted name such as ['name'] may follow '[' at "
                    + "position " + start + " (no wildcards, filters, slices or lists in a reference path)");
        }
        at++;
        return Integer.valueOf(text.substring(start, at - 1));
    }

    private static String describe(char c) {
        return Character.isWhitespace(c) ? "a space" : "'" + c + "'";
    }

    private PathException error(String message) {
        return new PathException(text, message);
    }
}
