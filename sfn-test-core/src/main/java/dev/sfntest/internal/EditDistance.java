package dev.sfntest.internal;

/** Levenshtein distance, for "did you mean" suggestions across the project. */
public final class EditDistance {
    private EditDistance() {
    }

    /**
     * {@code "; did you mean 'X'?"} for the candidate closest to {@code written} (ignoring case),
     * or an empty string when none is close enough.
     */
    public static String didYouMean(String written, java.util.Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = written.toLowerCase(java.util.Locale.ROOT);
        for (String candidate : candidates) {
            int distance = between(lower, candidate.toLowerCase(java.util.Locale.ROOT));
            int threshold = candidate.length() <= 4 ? 1 : candidate.length() <= 8 ? 2 : 3;
            if (distance < bestDistance && distance <= threshold && distance < candidate.length()) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best == null ? "" : "; did you mean '" + best + "'?";
    }

    /** The number of single-character edits that turn {@code a} into {@code b}. */
    public static int between(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
