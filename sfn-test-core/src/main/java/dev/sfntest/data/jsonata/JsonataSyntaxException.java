package dev.sfntest.data.jsonata;

import dev.sfntest.SfnTestException;

/**
 * A JSONata expression that does not parse, or that AWS rejects at definition time (a top-level
 * {@code $} or {@code $$}); the message says what and where.
 */
public class JsonataSyntaxException extends SfnTestException {
    /** @param message what is wrong, with the position in the expression */
    public JsonataSyntaxException(String message) {
        super(message, null, false, false);
    }
}
