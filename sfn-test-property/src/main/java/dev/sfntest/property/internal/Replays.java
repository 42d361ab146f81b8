package dev.sfntest.property.internal;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Choice sequences as the one-line text a failure report prints and {@code replay(...)} reads. */
public final class Replays {
    private Replays() {
    }

    /** {@code [1, 101, 0]} as {@code "1 101 0"}. */
    public static String encode(long[] choices) {
        return Arrays.stream(choices).mapToObj(Long::toString).collect(Collectors.joining(" "));
    }

    /**
     * {@code "1 101 0"} as {@code [1, 101, 0]}.
     *
     * @throws IllegalArgumentException when the text is not non-negative numbers separated by spaces
     */
    public static long[] decode(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return new long[0];
        }
        try {
            long[] choices = Arrays.stream(trimmed.split("\\s+")).mapToLong(Long::parseLong).toArray();
            if (Arrays.stream(choices).anyMatch(c -> c < 0)) {
                throw new NumberFormatException("negative");
            }
            return choices;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("A replay is non-negative numbers separated by spaces, as a failure "
                    + "report prints it (for example \"1 101 0\"), but was \"" + text + "\"", e);
        }
    }
}
