package dev.sfntest.property.internal;

import dev.sfntest.asl.Retrier;
import dev.sfntest.asl.TaskState;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.HistoryEvent;
import dev.sfntest.history.HistoryEventType;

/**
 * Checks each Task visit's retries against its Retry policy, from the history alone: which
 * retrier matched each failure, how many retries it made, and the wait between the failure and
 * the next scheduling ({@code IntervalSeconds × BackoffRate^n}, capped by {@code MaxDelaySeconds};
 * anywhere from 0 to that with full jitter).
 */
public final class RetryPolicy {
    private RetryPolicy() {
    }

    /** The first breach of a Retry policy, or {@code null}. */
    public static String violation(StateIndex states, ExecutionResult result) {
        return HistoryIndex.firstTaskViolation(states, result.history(), RetryPolicy::visit);
    }

    private static String visit(HistoryIndex history, TaskState task, HistoryEvent entered) {
        int[] retries = new int[task.handling().retry().size()];
        for (HistoryEvent event = history.next(entered); event != null; event = history.next(event)) {
            if (event.type() == HistoryEventType.TaskStateExited) {
                return null;
            }
            if (!HistoryIndex.FAILED.contains(event.type())) {
                continue;
            }
            String error = HistoryIndex.error(event);
            int index = ErrorMatching.retrier(task.handling(), error, history.isHeartbeatTimeout(event));
            HistoryEvent after = history.next(event);
            boolean retried = after != null && HistoryIndex.SCHEDULED.contains(after.type());
            if (HistoryIndex.isAborted(after)) {
                return null;
            }
            if (!retried) {
                if (index >= 0 && retries[index] < task.handling().retry().get(index).maxAttempts()) {
                    return task.name() + " did not retry " + error + " although Retry[" + index + "] allows "
                            + task.handling().retry().get(index).maxAttempts() + " retries and " + retries[index]
                            + (retries[index] == 1 ? " was" : " were") + " made";
                }
                return null;
            }
            if (index < 0) {
                return task.name() + " retried " + error + ", which no retrier matches";
            }
            Retrier retrier = task.handling().retry().get(index);
            if (retries[index] >= retrier.maxAttempts()) {
                return task.name() + " retried " + error + " more than MaxAttempts (" + retrier.maxAttempts()
                        + ") of Retry[" + index + "]";
            }
            String wait = checkWait(task, index, retrier, retries[index], event, after);
            if (wait != null) {
                return wait;
            }
            retries[index]++;
        }
        return null;
    }

    private static String checkWait(TaskState task, int index, Retrier retrier, int done, HistoryEvent failed,
            HistoryEvent scheduled) {
        long expected = expectedMillis(retrier, done);
        long actual = scheduled.timestamp().toEpochMilli() - failed.timestamp().toEpochMilli();
        boolean ok = retrier.jitterStrategy() == Retrier.JitterStrategy.FULL
                ? actual >= 0 && actual <= expected : actual == expected;
        if (ok) {
            return null;
        }
        String policy = "IntervalSeconds " + retrier.intervalSeconds() + ", BackoffRate " + retrier.backoffRate()
                + (retrier.maxDelaySeconds() == null ? "" : ", MaxDelaySeconds " + retrier.maxDelaySeconds())
                + (retrier.jitterStrategy() == Retrier.JitterStrategy.FULL ? ", JitterStrategy FULL" : "");
        return task.name() + " waited " + seconds(actual) + " before retry " + (done + 1) + " of Retry[" + index
                + "]; its policy (" + policy + ") gives " + (retrier.jitterStrategy() == Retrier.JitterStrategy.FULL
                ? "at most " : "") + seconds(expected);
    }

    /** The un-jittered wait before retry {@code done + 1}, in milliseconds. */
    static long expectedMillis(Retrier retrier, int done) {
        double seconds = retrier.intervalSeconds() * Math.pow(retrier.backoffRate(), done);
        if (retrier.maxDelaySeconds() != null) {
            seconds = Math.min(seconds, retrier.maxDelaySeconds());
        }
        return Math.round(seconds * 1000);
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis / 1000.0 + "s";
    }
}
