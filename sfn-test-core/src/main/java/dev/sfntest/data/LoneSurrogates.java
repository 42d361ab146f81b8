package dev.sfntest.data;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A generator that writes a lone surrogate (half of a pair, alone) in strings and field names as a
 * {@code \}{@code uXXXX} escape, and everything else as Jackson writes it. Jackson writes the lone
 * surrogate as it is, and an encoder later turns it into {@code ?}; escaped, it survives UTF-8.
 * Pairs (emoji) stay unescaped, as Jackson writes them.
 */
final class LoneSurrogates extends JsonGeneratorDelegate {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    LoneSurrogates(JsonGenerator delegate) {
        super(delegate, false);
    }

    @Override
    public void writeString(String text) throws IOException {
        if (text != null && firstLone(text) >= 0) {
            delegate.writeString(new Escaped(text));
        } else {
            delegate.writeString(text);
        }
    }

    @Override
    public void writeFieldName(String name) throws IOException {
        if (firstLone(name) >= 0) {
            delegate.writeFieldName(new Escaped(name));
        } else {
            delegate.writeFieldName(name);
        }
    }

    /** The index of the first lone surrogate, or -1. */
    static int firstLone(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** A string quoted as Jackson quotes it, then its lone surrogates escaped. */
    private static final class Escaped implements SerializableString {
        private final String value;
        private final char[] quoted;
        private final char[] unquoted;

        Escaped(String text) {
            value = text;
            quoted = escapeLone(JsonStringEncoder.getInstance().quoteAsString(text));
            unquoted = text.toCharArray();
        }

        private static char[] escapeLone(char[] chars) {
            StringBuilder out = new StringBuilder(chars.length + 12);
            for (int i = 0; i < chars.length; i++) {
                char c = chars[i];
                if (Character.isHighSurrogate(c) && i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])) {
                    out.append(c).append(chars[++i]);
                } else if (Character.isSurrogate(c)) {
                    out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                            .append(HEX[c & 0xF]);
                } else {
                    out.append(c);
                }
            }
            return out.toString().toCharArray();
        }

        @Override
        public String getValue() {
            return value;
        }

        @Override
        public int charLength() {
            return value.length();
        }

        @Override
        public char[] asQuotedChars() {
            return quoted.clone();
        }

        @Override
        public byte[] asUnquotedUTF8() {
            return value.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public byte[] asQuotedUTF8() {
            return new String(quoted).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int appendQuotedUTF8(byte[] buffer, int offset) {
            return copy(asQuotedUTF8(), buffer, offset);
        }

        @Override
        public int appendQuoted(char[] buffer, int offset) {
            return copy(quoted, buffer, offset);
        }

        @Override
        public int appendUnquotedUTF8(byte[] buffer, int offset) {
            return copy(asUnquotedUTF8(), buffer, offset);
        }

        @Override
        public int appendUnquoted(char[] buffer, int offset) {
            return copy(unquoted, buffer, offset);
        }

        @Override
        public int writeQuotedUTF8(OutputStream out) throws IOException {
            byte[] bytes = asQuotedUTF8();
            out.write(bytes);
            return bytes.length;
        }

        @Override
        public int writeUnquotedUTF8(OutputStream out) throws IOException {
            byte[] bytes = asUnquotedUTF8();
            out.write(bytes);
            return bytes.length;
        }

        @Override
        public int putQuotedUTF8(ByteBuffer buffer) {
            return put(asQuotedUTF8(), buffer);
        }

        @Override
        public int putUnquotedUTF8(ByteBuffer buffer) {
            return put(asUnquotedUTF8(), buffer);
        }

        private static int copy(byte[] from, byte[] to, int offset) {
            if (offset + from.length > to.length) {
                return -1;
            }
            System.arraycopy(from, 0, to, offset, from.length);
            return from.length;
        }

        private static int copy(char[] from, char[] to, int offset) {
            if (offset + from.length > to.length) {
                return -1;
            }
            System.arraycopy(from, 0, to, offset, from.length);
            return from.length;
        }

        private static int put(byte[] bytes, ByteBuffer buffer) {
            if (bytes.length > buffer.remaining()) {
                return -1;
            }
            buffer.put(bytes);
            return bytes.length;
        }
    }
}
