package dev.sfntest.data;

import static org.apiguardian.api.API.Status.STABLE;

import dev.sfntest.SfnTestException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * A file (or standard input) sfn-test was handed could not be read: missing, a directory, not
 * readable, larger than {@link TextFiles#MAX_BYTES} or not UTF-8 text. The message names the file
 * and says why in words; {@link #reason()} has the words alone.
 *
 * <pre>{@code
 * try {
 *     TextFiles.read(Path.of("order.asl.json"));
 * } catch (UnreadableFileException e) {
 *     System.err.println(e.getMessage());   // Cannot read order.asl.json: no such file
 * }
 * }</pre>
 */
@API(status = STABLE)
public class UnreadableFileException extends SfnTestException {
    private final transient Path file;
    private final String reason;

    /**
     * @param file the file, or {@code null} for a stream such as standard input
     * @param reason why, in words ({@code no such file}, {@code it is a directory}...)
     * @param cause the I/O failure, or {@code null}
     */
    public UnreadableFileException(Path file, String reason, Throwable cause) {
        super("Cannot read " + (file == null ? "the stream" : file.toString()) + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    /**
     * The exception for an I/O failure reading {@code file}, its reason in words: {@code no such
     * file}, {@code permission denied}, {@code it is a directory}, or the failure's own message.
     *
     * @param file the file, or {@code null} for a stream
     * @param failure what the read threw
     */
    public static UnreadableFileException of(Path file, IOException failure) {
        return new UnreadableFileException(file, reasonOf(failure), failure);
    }

    private static String reasonOf(IOException failure) {
        if (failure instanceof NoSuchFileException) {
            return "no such file";
        } else if (failure instanceof AccessDeniedException) {
            return "permission denied";
        } else if (failure.getMessage() != null && failure.getMessage().contains("Is a directory")) {
            return "it is a directory";
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    /** The file, or {@code null} when a stream was read. */
    public Path file() {
        return file;
    }

    /** Why the file could not be read, in words, without the file's name. */
    public String reason() {
        return reason;
    }
}
