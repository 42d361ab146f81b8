package dev.sfntest.asl.internal.validation;

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
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }
}
