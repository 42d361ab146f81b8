package dev.sfntest.property;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What one Task invocation does under a {@link FaultSchedule}: succeed (through the wrapped task
 * handler) or raise an injected error, after a virtual duration.
 *
 * <pre>{@code
 * Fault.success(Duration.ZERO);                                   // answered by your handler, at once
 * Fault.error("Lambda.ServiceException", Duration.ofSeconds(3));  // fails after 3 virtual seconds
 * Fault.error("States.Timeout", Duration.ZERO);                   // times out (after TimeoutSeconds when set)
 * }</pre>
 *
 * @param error the injected error's name, or {@code null} for a success
 * @param duration how long the invocation runs, in virtual time
 */
@API(status = EXPERIMENTAL)
public record Fault(String error, Duration duration) {
    /** Checks the duration. */
    public Fault {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("A fault's duration must not be negative, was " + duration);
        }
    }

    /** A success after {@code duration}. */
    public static Fault success(Duration duration) {
        return new Fault(null, duration);
    }

    /** The error {@code name} after {@code duration}. */
    public static Fault error(String name, Duration duration) {
        return new Fault(Objects.requireNonNull(name, "name"), duration);
    }

    /** Whether the invocation succeeds. */
    public boolean isSuccess() {
        return error == null;
    }

    /** Whether it differs from an immediate success. */
    public boolean isNotable() {
        return error != null || !duration.isZero();
    }

    /** {@code success}, {@code PaymentDeclined}, {@code success after 3s}, {@code States.Timeout after 1.5s}. */
    @Override
    public String toString() {
        String what = error == null ? "success" : error;
        if (duration.isZero()) {
            return what;
        }
        long millis = duration.toMillis();
        String time = millis % 1000 == 0 ? millis / 1000 + "s" : millis / 1000.0 + "s";
        return what + " after " + time;
    }
}
