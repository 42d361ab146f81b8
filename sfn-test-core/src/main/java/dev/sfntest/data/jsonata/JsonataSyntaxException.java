package dev.sfntest.data.jsonata;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.sfntest.SfnTestException;
import org.apiguardian.api.API;

/**
 * A JSONata expression that does not parse, or that AWS rejects at definition time (a top-level
 * {@code $} or {@code $$}); the message says what and where.
 */
@API(status = EXPERIMENTAL)
public class JsonataSyntaxException extends SfnTestException {
    /** @param message what is wrong, with the position in the expression */
    public JsonataSyntaxException(String message) {
        super(message, null, false, false);
    }
}
