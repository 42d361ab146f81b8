package dev.sfntest.property.internal;

import java.util.Arrays;
import java.util.function.Function;

/**
 * Shrinks a failing choice sequence: deletes runs of choices, zeroes them, and lowers each one
 * by binary search, keeping every candidate that still fails the same way. A candidate is kept
 * only when it is smaller in shortlex order (shorter, or as long and lexicographically smaller),
 * so shrinking always ends.
 */
final class Shrinker {
    private static final int[] CHUNKS = {8, 4, 2, 1};

    private final Function<long[], long[]> stillFails;
    private final int maxEvaluations;
    private long[] best;
    private int evaluations;
    private int improvements;

    /**
     * @param stillFails the choices a candidate actually drew when it fails the same way, else {@code null}
     * @param maxEvaluations how many candidates to try at most
     */
    Shrinker(long[] failing, Function<long[], long[]> stillFails, int maxEvaluations) {
        this.best = failing;
        this.stillFails = stillFails;
        this.maxEvaluations = maxEvaluations;
    }

    long[] shrink() {
        long[] before;
        do {
            before = best;
            deleteChunks();
            zeroChunks();
            minimiseEach();
        } while (best != before && evaluations < maxEvaluations);
        return best;
    }

    int improvements() {
        return improvements;
    }

    private void deleteChunks() {
        for (int chunk : CHUNKS) {
            for (int at = best.length - chunk; at >= 0; at--) {
                if (at + chunk <= best.length) {
                    long[] candidate = new long[best.length - chunk];
                    System.arraycopy(best, 0, candidate, 0, at);
                    System.arraycopy(best, at + chunk, candidate, at, best.length - at - chunk);
                    consider(candidate);
                }
            }
        }
    }

    private void zeroChunks() {
        for (int chunk : CHUNKS) {
            for (int at = best.length - chunk; at >= 0; at--) {
                if (at + chunk <= best.length && !allZero(at, chunk)) {
                    long[] candidate = best.clone();
                    Arrays.fill(candidate, at, at + chunk, 0);
                    consider(candidate);
                }
            }
        }
    }

    private void minimiseEach() {
        for (int at = 0; at < best.length; at++) {
            if (best[at] == 0) {
                continue;
            }
            long low = 0;
            long high = best[at];
            while (low < high && at < best.length && evaluations < maxEvaluations) {
                long middle = low + (high - low) / 2;
                long[] candidate = best.clone();
                candidate[at] = middle;
                if (consider(candidate)) {
                    high = at < best.length ? Math.min(best[at], middle) : middle;
                } else {
                    low = middle + 1;
                }
            }
        }
    }

    private boolean allZero(int at, int chunk) {
        for (int i = at; i < at + chunk; i++) {
            if (best[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private boolean consider(long[] candidate) {
        if (evaluations >= maxEvaluations) {
            return false;
        }
        evaluations++;
        long[] drawn = stillFails.apply(candidate);
        if (drawn != null && smaller(drawn, best)) {
            best = drawn;
            improvements++;
            return true;
        }
        return false;
    }

    /** Shortlex order: fewer choices first, then the lexicographically smaller. */
    static boolean smaller(long[] a, long[] b) {
        if (a.length != b.length) {
            return a.length < b.length;
        }
        return Arrays.compare(a, b) < 0;
    }
}
