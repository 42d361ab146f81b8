package dev.sfntest.data.intrinsic;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.sfntest.data.InvalidJsonException;
import dev.sfntest.data.Json;
import dev.sfntest.data.CompiledPath;
import dev.sfntest.data.PathException;
import java.util.ArrayList;
import java.util.List;

/**
 * A recursive-descent parser for {@code States.Name(arg, ...)}. Every error is a
 * {@link PathException} whose message says what is wrong and at which column (1-based).
 */
final class IntrinsicParser {
    private static final String PREFIX = "States.";

    /** The deepest nesting of calls read, as deep as JSON may nest: parsing and evaluating are recursive. */
    static final int MAX_DEPTH = 1000;

    private final String text;
    private int pos;
    private int depth;

    private IntrinsicParser(String text) {
        this.text = text;
    }

    static Argument.Call parse(String text) {
        if (text == null) {
            throw new PathException(null, "An intrinsic function call is missing");
        }
        IntrinsicParser parser = new IntrinsicParser(text);
        Argument.Call call = parser.call();
        parser.skipSpaces();
        if (parser.pos < text.length()) {
            throw parser.fail("Unexpected text after the closing parenthesis");
        }
        return call;
    }

    private Argument.Call call() {
        int start = pos;
        if (!text.startsWith(PREFIX, pos)) {
            throw fail("Expected an intrinsic function call starting with 'States.'");
        }
        if (++depth > MAX_DEPTH) {
            throw fail("The calls nest deeper than " + MAX_DEPTH + " levels, the most sfn-test reads");
        }
        pos += PREFIX.length();
        while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
            pos++;
        }
        String name = text.substring(start, pos);
        Function function = Function.named(name).orElseThrow(() -> unknown(name, start));
        skipSpaces();
        expect('(');
        List<Argument> arguments = new ArrayList<>();
        skipSpaces();
        if (peek() != ')') {
            arguments.add(argument());
            skipSpaces();
            while (peek() == ',') {
                pos++;
                skipSpaces();
                arguments.add(argument());
                skipSpaces();
            }
        }
        if (peek() != ')') {
            throw fail(peek() == 0 ? "Expected ',' or ')' but the text ended" : "Expected ',' or ')'");
        }
        pos++;
        depth--;
        String problem = function.arityProblem(arguments.size());
        if (problem != null) {
            throw fail(problem, start);
        }
        return new Argument.Call(function, arguments);
    }

    private Argument argument() {
        char c = peek();
        if (c == '\'') {
            return string();
        }
        if (c == '$') {
            return path();
        }
        if (c == '-' || Character.isDigit(c)) {
            return number();
        }
        if (text.startsWith(PREFIX, pos)) {
            return call();
        }
        for (String word : List.of("true", "false", "null")) {
            if (text.startsWith(word, pos) && !isWordChar(pos + word.length())) {
                pos += word.length();
                return new Argument.Literal(word.equals("null") ? NullNode.getInstance()
                        : BooleanNode.valueOf(word.equals("true")));
            }
        }
        throw fail(c == 0 ? "Expected an argument but the text ended"
                : "Expected an argument: a 'string', a number, true, false, null, a path or a States. call");
    }

    private Argument string() {
        int start = pos++;
        StringBuilder value = new StringBuilder();
        StringBuilder piece = new StringBuilder();
        List<String> pieces = new ArrayList<>();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '\'') {
                pieces.add(piece.toString());
                return new Argument.StringLiteral(value.toString(), pieces);
            }
            if (c == '\\') {
                if (pos >= text.length() || "'{}\\".indexOf(text.charAt(pos)) < 0) {
                    throw fail("Invalid escape '\\" + (pos < text.length() ? text.charAt(pos) : "")
                            + "' in a string literal: only \\', \\{, \\} and \\\\ are escapes", pos - 1);
                }
                c = text.charAt(pos++);
            } else if (c == '{' && peek() == '}') {
                pos++;
                value.append("{}");
                pieces.add(piece.toString());
                piece.setLength(0);
                continue;
            }
            value.append(c);
            piece.append(c);
        }
        throw fail("Unterminated string literal", start);
    }

    /**
     * Where the number {@code -?\d+(\.\d+)?([eE][+-]?\d+)?} that starts at {@code from} ends
     * (the longest match), or -1 when none starts there.
     */
    static int numberEnd(String text, int from) {
        int at = from;
        if (at < text.length() && text.charAt(at) == '-') {
            at++;
        }
        int digitsEnd = digitsEnd(text, at);
        if (digitsEnd == at) {
            return -1;
        }
        at = digitsEnd;
        if (at < text.length() && text.charAt(at) == '.') {
            int fractionEnd = digitsEnd(text, at + 1);
            if (fractionEnd > at + 1) {
                at = fractionEnd;
            }
        }
        if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            int exponent = at + 1;
            if (exponent < text.length() && (text.charAt(exponent) == '+' || text.charAt(exponent) == '-')) {
                exponent++;
            }
            int exponentEnd = digitsEnd(text, exponent);
            if (exponentEnd > exponent) {
                at = exponentEnd;
            }
        }
        return at;
    }

    private static int digitsEnd(String text, int from) {
        int at = from;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        return at;
    }

    private Argument number() {
        int end = numberEnd(text, pos);
        if (end < 0 || isWordChar(end)) {
            throw fail("Malformed number");
        }
        int start = pos;
        pos = end;
        try {
            return new Argument.Literal(Json.parse(text.substring(start, pos)));
        } catch (InvalidJsonException e) {
            throw fail("Malformed number", start);
        }
    }

    private Argument path() {
        int start = pos;
        int depth = 0;
        char quote = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (quote != 0) {
                if (c == '\\') {
                    pos++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[' || c == '(') {
                depth++;
            } else if (c == ']' || c == ')') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && (c == ',' || Character.isWhitespace(c))) {
                break;
            }
            pos++;
        }
        String pathText = text.substring(start, Math.min(pos, text.length()));
        try {
            return new Argument.PathArgument(CompiledPath.compile(pathText));
        } catch (PathException e) {
            throw fail(e.getMessage(), start);
        }
    }

    private void expect(char wanted) {
        if (peek() != wanted) {
            throw fail(peek() == 0 ? "Expected '" + wanted + "' but the text ended" : "Expected '" + wanted + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    private boolean isWordChar(int index) {
        return index < text.length() && (Character.isLetterOrDigit(text.charAt(index)) || text.charAt(index) == '_');
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private PathException unknown(String name, int at) {
        String hint = Function.closestTo(name).map(f -> "; did you mean " + f.awsName() + "?").orElse("");
        return fail("Unknown intrinsic function " + name + hint, at);
    }

    private PathException fail(String what) {
        return fail(what, pos);
    }

    private PathException fail(String what, int at) {
        return new PathException(text, what + " (column " + (at + 1) + " of \"" + text + "\")");
    }
}
