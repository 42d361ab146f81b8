package dev.sfntest.property.internal;

/** A generated case that cannot be used (a filter gave up, or the choices ran out); never a failure. */
public final class Discard extends RuntimeException {
    /** @param message why the case was discarded */
    public Discard(String message) {
        super(message, null, false, false);
    }
}
