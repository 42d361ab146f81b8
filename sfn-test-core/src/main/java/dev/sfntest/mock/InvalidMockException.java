package dev.sfntest.mock;

import static org.apiguardian.api.API.Status.STABLE;

import dev.sfntest.SfnTestException;
import org.apiguardian.api.API;

/**
 * A mock file or mock map that cannot be used: the message names the place (a JSON Pointer into
 * the file) and what is wrong, before anything runs.
 */
@API(status = STABLE)
public class InvalidMockException extends SfnTestException {
    /** @param message the place and the problem */
    public InvalidMockException(String message) {
        super(message, null, false, false);
    }
}
