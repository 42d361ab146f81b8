package dev.sfntest.asl;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * One {@code Retry} entry.
 *
 * @param errorEquals {@code ErrorEquals}
 * @param intervalSeconds {@code IntervalSeconds} (default 1)
 * @param maxAttempts {@code MaxAttempts} (default 3; 0 = never retry)
 * @param backoffRate {@code BackoffRate} (default 2.0)
 * @param maxDelaySeconds {@code MaxDelaySeconds}, or {@code null} for no cap
 * @param jitterStrategy {@code JitterStrategy} (default {@link JitterStrategy#NONE})
 * @param pointer JSON Pointer of the entry
 */
@API(status = EXPERIMENTAL)
public record Retrier(List<String> errorEquals, long intervalSeconds, int maxAttempts, double backoffRate,
        Long maxDelaySeconds, JitterStrategy jitterStrategy, String pointer) {

    /** {@code JitterStrategy} values. */
    public enum JitterStrategy {
        /** No jitter: the interval is exact. */
        NONE,
        /** A random interval between 0 and the computed one. */
        FULL
    }

    /** Copies the list. */
    public Retrier {
        errorEquals = List.copyOf(errorEquals);
    }

    /**
     * The wait before the next retry after {@code retriesSoFar} retries, without jitter:
     * IntervalSeconds × BackoffRate^retriesSoFar, capped by MaxDelaySeconds.
     */
    public double intervalSecondsAfter(int retriesSoFar) {
        double seconds = intervalSeconds * Math.pow(backoffRate, retriesSoFar);
        return maxDelaySeconds != null ? Math.min(seconds, maxDelaySeconds) : seconds;
    }
}
