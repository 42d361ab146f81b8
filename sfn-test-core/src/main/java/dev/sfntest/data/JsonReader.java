package dev.sfntest.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigInteger;

/**
 * The fast lane for reading JSON text into a tree: plain, valid JSON within modest limits, read by
 * a small recursive-descent parser that builds the same nodes as Jackson's {@code readTree}.
 * Anything else (a syntax error, a comment, deep nesting, a very long number or name) makes it
 * give up with {@link GiveUp}, and the caller reads the text with Jackson, which then gives its
 * own tree or its own error message and location. Jackson's parser, loaded and run cold, is a
 * large part of a short run's start-up.
 */
final class JsonReader {
    private static final int MAX_DEPTH = 200;
    private static final int MAX_NUMBER_LENGTH = 300;
    private static final int MAX_NAME_LENGTH = 1_000;
    private static final int MAX_STRING_LENGTH = 1_000_000;

    /** Thrown when the text needs Jackson: not an error of the text as such. */
    static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GiveUp() {
            super(null, null, false, false);
        }
    }

    private final String text;
    private final int length;
    private final boolean uniqueKeys;
    private int at;
    private int depth;

    private JsonReader(String text, boolean uniqueKeys) {
        this.text = text;
        this.length = text.length();
        this.uniqueKeys = uniqueKeys;
    }

    /** {@link #read(String, boolean)} with unique keys. */
    static JsonNode read(String text) {
        return read(text, true);
    }

    /**
     * The tree of the one value of the text, or a missing node when there is none.
     *
     * @param uniqueKeys whether a repeated key makes it give up (for Jackson to report it)
     * @throws GiveUp when Jackson has to read the text: an error, text after the value, or
     *     anything beyond this reader's limits
     */
    static JsonNode read(String text, boolean uniqueKeys) {
        JsonReader reader = new JsonReader(text, uniqueKeys);
        reader.skipSpace();
        if (reader.at == reader.length) {
            return MissingNode.getInstance();
        }
        JsonNode value = reader.value();
        reader.skipSpace();
        if (reader.at < reader.length) {
            throw new GiveUp(); // text after the value
        }
        return value;
    }

    private JsonNode value() {
        if (at >= length) {
            throw new GiveUp();
        }
        char c = text.charAt(at);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                at++;
                return TextNode.valueOf(string(MAX_STRING_LENGTH));
            case 't':
                literal("true");
                return BooleanNode.TRUE;
            case 'f':
                literal("false");
                return BooleanNode.FALSE;
            case 'n':
                literal("null");
                return NullNode.getInstance();
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw new GiveUp();
        }
    }

    private ObjectNode object() {
        enter();
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        skipSpace();
        if (peek() == '}') {
            at++;
            depth--;
            return object;
        }
        while (true) {
            if (peek() != '"') {
                throw new GiveUp();
            }
            at++;
            String name = string(MAX_NAME_LENGTH);
            skipSpace();
            if (peek() != ':') {
                throw new GiveUp();
            }
            at++;
            skipSpace();
            if (object.replace(name, value()) != null && uniqueKeys) {
                throw new GiveUp(); // a repeated name (kept when allowed: the last value, in the first place)
            }
            skipSpace();
            char next = peek();
            at++;
            if (next == '}') {
                depth--;
                return object;
            }
            if (next != ',') {
                throw new GiveUp();
            }
            skipSpace();
        }
    }

    private ArrayNode array() {
        enter();
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        skipSpace();
        if (peek() == ']') {
            at++;
            depth--;
            return array;
        }
        while (true) {
            array.add(value());
            skipSpace();
            char next = peek();
            at++;
            if (next == ']') {
                depth--;
                return array;
            }
            if (next != ',') {
                throw new GiveUp();
            }
            skipSpace();
        }
    }

    private void enter() {
        at++;
        if (++depth > MAX_DEPTH) {
            throw new GiveUp();
        }
    }

    /** The string whose opening quote has just been read, escapes resolved. */
    private String string(int maxLength) {
        int start = at;
        while (at < length) {
            char c = text.charAt(at);
            if (c == '"') {
                at++;
                return checkedLength(text.substring(start, at - 1), maxLength);
            }
            if (c == '\\' || c < 0x20) {
                return escapedString(start, maxLength);
            }
            at++;
        }
        throw new GiveUp();
    }

    private String escapedString(int start, int maxLength) {
        StringBuilder out = new StringBuilder(at - start + 16).append(text, start, at);
        while (at < length) {
            char c = text.charAt(at++);
            if (c == '"') {
                return checkedLength(out.toString(), maxLength);
            }
            if (c < 0x20 || at >= length && c == '\\') {
                throw new GiveUp();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escape = text.charAt(at++);
            switch (escape) {
                case '"':
                case '\\':
                case '/':
                    out.append(escape);
                    break;
                case 'b':
                    out.append('\b');
                    break;
                case 'f':
                    out.append('\f');
                    break;
                case 'n':
                    out.append('\n');
                    break;
                case 'r':
                    out.append('\r');
                    break;
                case 't':
                    out.append('\t');
                    break;
                case 'u':
                    out.append(hexChar());
                    break;
                default:
                    throw new GiveUp();
            }
        }
        throw new GiveUp();
    }

    private char hexChar() {
        if (at + 4 > length) {
            throw new GiveUp();
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(at++), 16);
            if (digit < 0) {
                throw new GiveUp();
            }
            value = value * 16 + digit;
        }
        return (char) value;
    }

    private static String checkedLength(String value, int maxLength) {
        if (value.length() > maxLength) {
            throw new GiveUp();
        }
        return value;
    }

    private void literal(String word) {
        if (!text.startsWith(word, at)) {
            throw new GiveUp();
        }
        at += word.length();
        if (at < length && Character.isJavaIdentifierPart(text.charAt(at))) {
            throw new GiveUp(); // Jackson reads "truex" as one unrecognised token
        }
    }

    /** A number as Jackson's tree holds it: int, long, BigInteger, or double for any fraction or exponent. */
    private JsonNode number() {
        int start = at;
        if (text.charAt(at) == '-') {
            at++;
        }
        int integerStart = at;
        skipDigits();
        int integerDigits = at - integerStart;
        if (integerDigits == 0 || (integerDigits > 1 && text.charAt(integerStart) == '0')) {
            throw new GiveUp(); // no digits, or a leading zero
        }
        boolean integral = true;
        if (at < length && text.charAt(at) == '.') {
            integral = false;
            at++;
            if (skipDigits() == 0) {
                throw new GiveUp();
            }
        }
        if (at < length && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            integral = false;
            at++;
            if (at < length && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
                at++;
            }
            if (skipDigits() == 0) {
                throw new GiveUp();
            }
        }
        if (at - start > MAX_NUMBER_LENGTH) {
            throw new GiveUp();
        }
        if (!integral) {
            try {
                return JsonNumbers.fractional(text.substring(start, at));
            } catch (NumberFormatException e) {
                throw new GiveUp(); // an exponent past int's range: Jackson's message
            }
        }
        if (integerDigits <= 18) {
            long value = parseLong(start);
            return value == (int) value ? IntNode.valueOf((int) value) : LongNode.valueOf(value);
        }
        BigInteger value = new BigInteger(text.substring(start, at));
        return value.bitLength() < 64 ? LongNode.valueOf(value.longValue()) : BigIntegerNode.valueOf(value);
    }

    private long parseLong(int start) {
        boolean negative = text.charAt(start) == '-';
        long value = 0;
        for (int i = negative ? start + 1 : start; i < at; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return negative ? -value : value;
    }

    private int skipDigits() {
        int start = at;
        while (at < length) {
            char c = text.charAt(at);
            if (c < '0' || c > '9') {
                break;
            }
            at++;
        }
        return at - start;
    }

    private char peek() {
        if (at >= length) {
            throw new GiveUp();
        }
        return text.charAt(at);
    }

    private void skipSpace() {
        while (at < length && isSpace(text.charAt(at))) {
            at++;
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }
}
