package dev.sfntest.asl.internal;

/** JSON Pointer (RFC 6901) helpers. */
public final class Pointers {
    private Pointers() {
    }

    /** A reference token with {@code ~} and {@code /} escaped. */
    public static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }
}
