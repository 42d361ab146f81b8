package dev.sfntest.data.jsonata;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Set;
import org.apiguardian.api.API;

/**
 * Finds a bare field name at the top level of a JSONata expression ({@code {% phone %}},
 * {@code {% $sum(items) %}}): Step Functions evaluates expressions with no context value, so
 * AWS refuses such a reference when the definition is created ({@code
 * UNSUPPORTED_JSONATA_EXPRESSION: Reference to 'phone' at the top level is not supported}).
 *
 * <p>A lexical scan: names after a {@code .} step, inside a predicate {@code [...]} or a group
 * {@code {...}} that follows a value, and inside a step {@code .(...)} read a context that the
 * path supplies, and are not reported. Strings, back-quoted names, comments and regular
 * expressions are skipped.
 */
@API(status = INTERNAL)
public final class JsonataTopLevel {
    private static final Set<String> KEYWORDS = Set.of("and", "or", "in", "true", "false", "null", "function");

    private final String text;
    private int at;
    /** Whether the last token ends a value (a name, a variable, a literal, a closing bracket). */
    private boolean afterValue;

    private JsonataTopLevel(String text) {
        this.text = text;
    }

    /** The first bare name read from the missing top-level context, or {@code null} when there is none. */
    public static String bareName(String expression) {
        return new JsonataTopLevel(expression).scan();
    }

    private String scan() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (Character.isWhitespace(c)) {
                at++;
            } else if (c == '"' || c == '\'') {
                skipString(c);
                afterValue = true;
            } else if (c == '/' && at + 1 < text.length() && text.charAt(at + 1) == '*') {
                int end = text.indexOf("*/", at + 2);
                at = end < 0 ? text.length() : end + 2;
            } else if (c == '/' && !afterValue) {
                skipRegex();
                afterValue = true;
            } else if (c == '$') {
                at++;
                while (at < text.length() && isNamePart(text.charAt(at))) {
                    at++;
                }
                afterValue = true;
            } else if (c == '`') {
                int end = text.indexOf('`', at + 1);
                String name = text.substring(at + 1, end < 0 ? text.length() : end);
                at = end < 0 ? text.length() : end + 1;
                if (!afterValue) {
                    return name;
                }
                afterValue = true;
            } else if (isNameStart(c)) {
                int start = at;
                while (at < text.length() && isNamePart(text.charAt(at))) {
                    at++;
                }
                String name = text.substring(start, at);
                if (name.equals("function") || name.equals("\u03BB")) { // λ is the short form
                    skipLambda();
                    afterValue = true;
                } else if (KEYWORDS.contains(name)) {
                    afterValue = !name.equals("and") && !name.equals("or") && !name.equals("in")
                            && !name.equals("function");
                } else {
                    return name;
                }
            } else if (Character.isDigit(c)) {
                while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '.'
                        && at + 1 < text.length() && Character.isDigit(text.charAt(at + 1)))) {
                    at++;
                }
                afterValue = true;
            } else if (c == '.' && at + 1 < text.length() && text.charAt(at + 1) == '.') {
                at += 2; // a range: [1..5]
                afterValue = false;
            } else if (c == '.') {
                at++;
                skipStep();
                afterValue = true;
            } else if ((c == '[' || c == '{') && afterValue) {
                skipBalanced(c, c == '[' ? ']' : '}');
                afterValue = true;
            } else if (c == '^' && at + 1 < text.length() && text.charAt(at + 1) == '(') {
                at++;
                skipBalanced('(', ')');
                afterValue = true;
            } else {
                at++;
                afterValue = c == ')' || c == ']' || c == '}';
            }
        }
        return null;
    }

    /**
     * After {@code function}: the parameters, an optional signature {@code <n-n:n>} and the body,
     * which reads the context of wherever the function is applied.
     */
    private void skipLambda() {
        for (char[] brackets : new char[][] {{'(', ')'}, {'<', '>'}, {'{', '}'}}) {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            if (at < text.length() && text.charAt(at) == brackets[0]) {
                skipBalanced(brackets[0], brackets[1]);
            }
        }
    }

    /** After a '.', the step: a name, a variable, or a bracketed step, all relative to the path. */
    private void skipStep() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        if (at >= text.length()) {
            return;
        }
        char c = text.charAt(at);
        if (c == '(' || c == '[' || c == '{') {
            skipBalanced(c, c == '(' ? ')' : c == '[' ? ']' : '}');
        } else if (c == '`') {
            int end = text.indexOf('`', at + 1);
            at = end < 0 ? text.length() : end + 1;
        } else if (c == '"' || c == '\'') {
            skipString(c);
        } else {
            if (c == '$' || c == '*' || c == '%') {
                at++;
            }
            while (at < text.length() && (isNamePart(text.charAt(at)) || text.charAt(at) == '*')) {
                at++;
            }
        }
    }

    /** Skips from an opening bracket to its match, strings included. */
    private void skipBalanced(char open, char close) {
        int depth = 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '"' || c == '\'') {
                skipString(c);
                continue;
            }
            at++;
            if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return;
            }
        }
    }

    private void skipString(char quote) {
        at++;
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '\\') {
                at++;
            } else if (c == quote) {
                return;
            }
        }
    }

    private void skipRegex() {
        at++;
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '\\') {
                at++;
            } else if (c == '/') {
                while (at < text.length() && Character.isLetter(text.charAt(at))) {
                    at++;
                }
                return;
            }
        }
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
