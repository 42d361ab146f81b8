package dev.sfntest.property.internal;

import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.ExecutionStatus;
import java.time.Duration;

/** AWS's limits on an execution: a year of run time, 25,000 history events; and an end at all. */
public final class Limits {
    /** AWS's cap on a STANDARD execution's history. */
    static final int MAX_EVENTS = 25_000;
    /** AWS's cap on a STANDARD execution's run time. */
    static final Duration MAX_DURATION = Duration.ofDays(365);

    private Limits() {
    }

    /** How the execution broke a limit, or {@code null}. */
    public static String violation(ExecutionResult result) {
        if (result.status() == ExecutionStatus.TIMED_OUT) {
            return "the execution timed out after " + describe(result.duration())
                    + (result.cause() == null ? "" : " (" + result.cause() + ")");
        }
        if (result.status() == ExecutionStatus.ABORTED) {
            return "the execution was aborted";
        }
        if (result.history().size() > MAX_EVENTS) {
            return "the history has " + result.history().size() + " events; AWS stops a STANDARD execution at "
                    + MAX_EVENTS;
        }
        if (result.duration().compareTo(MAX_DURATION) > 0) {
            return "the execution ran for " + describe(result.duration()) + "; AWS stops one after a year";
        }
        String cause = result.cause() == null ? "" : result.cause();
        if (cause.contains("history events") || cause.contains("state transitions")) {
            return "the execution did not end by itself: " + cause;
        }
        return null;
    }

    private static String describe(Duration duration) {
        return duration.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
    }
}
