package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.asl.Catcher;
import dev.sfntest.asl.ErrorHandling;
import dev.sfntest.asl.Retrier;
import dev.sfntest.data.StatesException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Retry and Catch, as AWS applies them to a failed Task, Parallel or Map state. */
final class ErrorRecovery {
    private ErrorRecovery() {
    }

    /**
     * What follows a failure of the visited state: a retry after its interval (the state stays
     * suspended), the first matching catcher's {@code Next}, or the failure itself.
     *
     * @param retry runs the state again; called from the agenda when the interval has passed
     */
    static Step recover(StateVisit visit, ErrorHandling handling, StatesException error, Supplier<Step> retry) {
        return recover(visit, handling, error, retry, () -> { });
    }

    /**
     * {@link #recover(StateVisit, ErrorHandling, StatesException, Supplier)}, running
     * {@code notRetried} first when the error is caught or fails the state (Map and Parallel
     * states record their {@code ...StateFailed} event then, and not before a retry).
     */
    static Step recover(StateVisit visit, ErrorHandling handling, StatesException error, Supplier<Step> retry,
            Runnable notRetried) {
        String name = error.error();
        boolean heartbeat = TaskTimeout.isHeartbeat(error);
        List<Retrier> retriers = handling.retry();
        for (int i = 0; i < retriers.size(); i++) {
            Retrier retrier = retriers.get(i);
            if (ErrorHandling.matches(retrier.errorEquals(), name, heartbeat)) {
                int done = visit.retriesOf(i, retriers.size());
                if (done < retrier.maxAttempts()) {
                    long delay = delayMillis(retrier, done, visit.run());
                    visit.countRetry(i);
                    visit.fiber.resumeAt(visit.run().agenda().now() + delay, retry);
                    return Step.SUSPENDED;
                }
                break;
            }
        }
        notRetried.run();
        List<Catcher> catchers = handling.catchers();
        for (int i = 0; i < catchers.size(); i++) {
            Catcher catcher = catchers.get(i);
            if (ErrorHandling.matches(catcher.errorEquals(), name, heartbeat)) {
                return caught(visit, catcher, i, errorOutput(error));
            }
        }
        return new Step.Failed(error, false);
    }

    /** The catcher's output and variables: a catcher's Assign replaces the state's. */
    private static Step caught(StateVisit visit, Catcher catcher, int index, ObjectNode errorOutput) {
        if (visit.isJsonata()) {
            ObjectNode extra = StateVisit.errorOutput(errorOutput);
            JsonNode output = visit.jsonata(catcher.output(), "Catch[" + index + "]/Output", extra);
            Map<String, JsonNode> assigned = visit.assignments(catcher.assign(), "Catch[" + index + "]/Assign", null,
                    extra);
            return visit.exitTo(catcher.next(), output != null ? output : errorOutput, assigned);
        }
        Map<String, JsonNode> assigned = visit.assignments(catcher.assign(), "Catch[" + index + "]/Assign",
                errorOutput, null);
        return visit.exitTo(catcher.next(), visit.placeResult(catcher.resultPath(), errorOutput), assigned);
    }

    /** {@code {"Error": ..., "Cause": ...}}, as a catcher passes it on ({@link DataFlow#errorOutput}). */
    static ObjectNode errorOutput(StatesException error) {
        return DataFlow.errorOutput(error);
    }

    /** IntervalSeconds × BackoffRate^retries, capped by MaxDelaySeconds, jittered when FULL. */
    static long delayMillis(Retrier retrier, int retriesSoFar, ExecutionRun run) {
        double seconds = retrier.intervalSecondsAfter(retriesSoFar);
        if (retrier.jitterStrategy() == Retrier.JitterStrategy.FULL) {
            seconds = run.random().nextDouble() * seconds;
        }
        return Math.round(seconds * 1000);
    }
}
