package dev.sfntest.assertj;

import dev.sfntest.history.ExecutionSnapshot;

/** A readable line diff of two snapshot texts ({@link ExecutionSnapshot#diff}). */
final class LineDiff {
    private LineDiff() {
    }

    /** The diff, {@code \n}-terminated lines; empty when the texts are equal. */
    static String of(String expected, String actual) {
        return ExecutionSnapshot.diff(expected, actual);
    }
}
