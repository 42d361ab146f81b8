package dev.sfntest.mock;

import dev.sfntest.SfnTestException;

/**
 * A mock file or mock map that cannot be used: the message names the place (a JSON Pointer into
 * the file) and what is wrong, before anything runs.
 */
public class InvalidMockException extends SfnTestException {
    /** @param message the place and the problem */
    public InvalidMockException(String message) {
        super(message, null, false, false);
    }
}
