package dev.sfntest.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Objects;

/**
 * What a task did: returned a result or raised an error, after an optional virtual duration.
 *
 * <pre>{@code
 * TaskOutcome.success(result).after(Duration.ofMinutes(5));
 * TaskOutcome.failure("Lambda.ServiceException", "Internal error");
 * }</pre>
 */
public sealed interface TaskOutcome {

    /** How long the task ran, in virtual time. */
    Duration duration();

    /** The same outcome after the given virtual duration. */
    TaskOutcome after(Duration duration);

    /** The task returned {@code result}. */
    static TaskOutcome success(JsonNode result) {
        return new Success(result, Duration.ZERO);
    }

    /** The task raised {@code error} with {@code cause} (either may be {@code null}). */
    static TaskOutcome failure(String error, String cause) {
        return new Failure(error, cause, Duration.ZERO);
    }

    /**
     * A result.
     *
     * @param result the raw task result, before ResultSelector and ResultPath
     * @param duration virtual run time
     */
    record Success(JsonNode result, Duration duration) implements TaskOutcome {
        /** Checks the fields. */
        public Success {
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(duration, "duration");
        }

        @Override
        public TaskOutcome after(Duration newDuration) {
            return new Success(result, newDuration);
        }
    }

    /**
     * An error.
     *
     * @param error the error name
     * @param cause the cause
     * @param duration virtual run time
     */
    record Failure(String error, String cause, Duration duration) implements TaskOutcome {
        /** Checks the fields. */
        public Failure {
            Objects.requireNonNull(duration, "duration");
        }

        @Override
        public TaskOutcome after(Duration newDuration) {
            return new Failure(error, cause, newDuration);
        }
    }
}
