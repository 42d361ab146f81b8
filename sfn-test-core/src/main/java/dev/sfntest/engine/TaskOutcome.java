package dev.sfntest.engine;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a task did: returned a result or raised an error after an optional virtual duration,
 * sending heartbeats on the way; or it is still running ({@link #pending()}) until the test
 * completes it with its task token or an activity worker picks it up.
 *
 * <pre>{@code
 * TaskOutcome.success(result).after(Duration.ofMinutes(5)).withHeartbeats(Duration.ofMinutes(1), Duration.ofMinutes(3));
 * TaskOutcome.failure("Lambda.ServiceException", "Internal error");
 * TaskOutcome.pending();   // .waitForTaskToken: the test calls execution.sendTaskSuccess(token, output)
 * }</pre>
 */
@API(status = STABLE)
public sealed interface TaskOutcome {

    /** How long the task ran, in virtual time (zero for {@link Pending}). */
    Duration duration();

    /** When the task sent heartbeats, as offsets from its start. */
    List<Duration> heartbeats();

    /** The same outcome after the given virtual duration. */
    TaskOutcome after(Duration duration);

    /** The same outcome, sending heartbeats at these offsets from the task's start. */
    TaskOutcome withHeartbeats(Duration... offsets);

    /** Heartbeat offsets, each checked: not null, not negative, within 1,000 years. */
    private static List<Duration> offsets(List<Duration> offsets) {
        Objects.requireNonNull(offsets, "heartbeats");
        for (int i = 0; i < offsets.size(); i++) {
            Arguments.duration(offsets.get(i), "heartbeat offset " + i);
        }
        return List.copyOf(offsets);
    }

    /** The task returned {@code result}. */
    static TaskOutcome success(JsonNode result) {
        return new Success(result, Duration.ZERO);
    }

    /**
     * The task returned the JSON text {@code json}.
     *
     * @throws dev.sfntest.SfnTestException when {@code json} is not JSON
     */
    static TaskOutcome success(String json) {
        return success(dev.sfntest.internal.JsonText.parse(json, "The task result"));
    }

    /** The task raised {@code error} with {@code cause} (either may be {@code null}). */
    static TaskOutcome failure(String error, String cause) {
        return new Failure(error, cause, Duration.ZERO);
    }

    /** The task keeps running until its token is completed (or an activity worker answers). */
    static TaskOutcome pending() {
        return new Pending(List.of());
    }

    /**
     * A result.
     *
     * @param result the raw task result, before ResultSelector and ResultPath
     * @param duration virtual run time
     * @param heartbeats heartbeat offsets from the start
     */
    record Success(JsonNode result, Duration duration, List<Duration> heartbeats) implements TaskOutcome {
        /** Checks the fields. */
        public Success {
            Arguments.json(result, "result");
            Arguments.duration(duration, "duration");
            heartbeats = offsets(heartbeats);
        }

        /** A result after {@code duration}, without heartbeats. */
        public Success(JsonNode result, Duration duration) {
            this(result, duration, List.of());
        }

        @Override
        public TaskOutcome after(Duration newDuration) {
            return new Success(result, newDuration, heartbeats);
        }

        @Override
        public TaskOutcome withHeartbeats(Duration... offsets) {
            return new Success(result, duration, Arrays.asList(Objects.requireNonNull(offsets, "offsets")));
        }
    }

    /**
     * An error.
     *
     * @param error the error name
     * @param cause the cause
     * @param duration virtual run time
     * @param heartbeats heartbeat offsets from the start
     */
    record Failure(String error, String cause, Duration duration, List<Duration> heartbeats) implements TaskOutcome {
        /** Checks the fields. */
        public Failure {
            Arguments.duration(duration, "duration");
            heartbeats = offsets(heartbeats);
        }

        /** An error after {@code duration}, without heartbeats. */
        public Failure(String error, String cause, Duration duration) {
            this(error, cause, duration, List.of());
        }

        @Override
        public TaskOutcome after(Duration newDuration) {
            return new Failure(error, cause, newDuration, heartbeats);
        }

        @Override
        public TaskOutcome withHeartbeats(Duration... offsets) {
            return new Failure(error, cause, duration, Arrays.asList(Objects.requireNonNull(offsets, "offsets")));
        }
    }

    /**
     * Still running: completed from outside, with the task token (or by an activity worker).
     *
     * @param heartbeats heartbeat offsets from the start
     */
    record Pending(List<Duration> heartbeats) implements TaskOutcome {
        /** Copies the list. */
        public Pending {
            heartbeats = offsets(heartbeats);
        }

        @Override
        public Duration duration() {
            return Duration.ZERO;
        }

        @Override
        public TaskOutcome after(Duration newDuration) {
            return this;
        }

        @Override
        public TaskOutcome withHeartbeats(Duration... offsets) {
            return new Pending(Arrays.asList(Objects.requireNonNull(offsets, "offsets")));
        }
    }
}
