package dev.sfntest.data;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.sfntest.SfnTestException;
import org.apiguardian.api.API;

/**
 * A path that is malformed, or that does not resolve against the data it is evaluated on. The
 * message is the path library's own text (for example {@code No results for path: $['a']}), which
 * is what AWS quotes in its causes.
 */
@API(status = EXPERIMENTAL)
public class PathException extends SfnTestException {
    private final String path;

    /**
     * @param path the path as written
     * @param message what went wrong
     */
    public PathException(String path, String message) {
        super(message, null, false, false);
        this.path = path;
    }

    /** The path as written in the definition. */
    public String path() {
        return path;
    }
}
