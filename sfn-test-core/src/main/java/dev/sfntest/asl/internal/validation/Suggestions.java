package dev.sfntest.asl.internal.validation;

import dev.sfntest.internal.EditDistance;
import java.util.Collection;
import java.util.Locale;

/** "Did you mean" hints: the closest candidate by edit distance, when it is close enough. */
final class Suggestions {
    private Suggestions() {
    }

    /** {@code "; did you mean 'X'?"} for the closest candidate, or an empty string. */
    static String didYouMean(String written, Collection<String> candidates) {
        String best = closest(written, candidates);
        return best == null ? "" : "; did you mean '" + best + "'?";
    }

    /** The candidate closest to {@code written}, or {@code null} when none is close enough. */
    static String closest(String written, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = written.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance && distance <= threshold(candidate) && distance < candidate.length()) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int threshold(String candidate) {
        int length = candidate.length();
        return length <= 4 ? 1 : length <= 8 ? 2 : 3;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
    static int distance(String a, String b) {
        return EditDistance.between(a, b);
    }
}
