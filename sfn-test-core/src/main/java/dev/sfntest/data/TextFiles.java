package dev.sfntest.data;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * Reads the text files a user hands over (definitions, inputs, mock and case files): UTF-8, a
 * leading byte-order mark dropped, and at most {@value #MAX_BYTES} bytes, so that a huge file or a
 * device such as {@code /dev/zero} fails at once instead of exhausting memory.
 *
 * <pre>{@code
 * String text = TextFiles.read(Path.of("order.asl.json"));   // unchecked, with a clear message
 * }</pre>
 *
 * <p>A file that cannot be read, or breaks a rule, fails with an {@link UnreadableFileException}
 * whose {@link UnreadableFileException#reason() reason} says why in words: {@code no such file},
 * {@code it is larger than 64 MiB, the most sfn-test reads} or
 * {@code it is not UTF-8 text (the byte 0xFF at line 1, column 3)}.
 */
@API(status = INTERNAL)
public final class TextFiles {
    /** The most bytes read from one file: 64 MiB (AWS's largest payload is 256 KiB, a definition 1 MB). */
    public static final int MAX_BYTES = 64 * 1024 * 1024;

    private TextFiles() {
    }

    /**
     * The file's text.
     *
     * @throws UnreadableFileException when it cannot be read, is too large or is not UTF-8 text
     */
    public static String read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return text(in);
        } catch (IOException e) {
            throw UnreadableFileException.of(file, e);
        }
    }

    /**
     * The text of a stream (standard input), read up to {@value #MAX_BYTES} bytes.
     *
     * @throws UnreadableFileException when it cannot be read, is too large or is not UTF-8 text
     */
    public static String read(InputStream in) {
        try {
            return text(in);
        } catch (IOException e) {
            throw UnreadableFileException.of(null, e);
        }
    }

    private static String text(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new IOException("it is larger than " + (MAX_BYTES >> 20) + " MiB, the most sfn-test reads");
        }
        return decode(bytes);
    }

    /** The bytes as UTF-8 text without a leading byte-order mark. */
    static String decode(byte[] bytes) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new IOException("it is not UTF-8 text (" + where(bytes, in.position()) + ")");
        }
        decoder.flush(out);
        out.flip();
        if (out.hasRemaining() && out.charAt(0) == '\uFEFF') {
            out.position(1);
        }
        return out.toString();
    }

    private static String where(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return String.format("the byte 0x%02X at line %d, column %d", bytes[offset] & 0xFF, line,
                offset - lineStart + 1);
    }
}
