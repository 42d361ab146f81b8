package dev.sfntest.service.internal;

import dev.sfntest.internal.EditDistance;
import java.util.Collection;
import java.util.Locale;

/** The closest name to a misspelt one, for "did you mean" hints: case first, then edit distance. */
public final class Closest {
    private Closest() {
    }

    /** The candidate closest to {@code written}, or {@code null} when none is close enough. */
    public static String of(String written, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = written.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            int distance = EditDistance.between(lower, candidate.toLowerCase(Locale.ROOT));
            int limit = candidate.length() <= 4 ? 1 : candidate.length() <= 8 ? 2 : 3;
            if (distance < bestDistance && distance <= limit && distance < candidate.length()) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** {@code "; did you mean 'X'?"} for the closest candidate, or an empty string. */
    public static String hint(String written, Collection<String> candidates) {
        String best = of(written, candidates);
        return best == null ? "" : "; did you mean '" + best + "'?";
    }
}
