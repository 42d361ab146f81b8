package dev.sfntest.junit5;

import static org.apiguardian.api.API.Status.STABLE;

import dev.sfntest.engine.VirtualClock;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Where a test's {@link VirtualClock} starts (default {@code 2025-01-01T00:00:00Z}); on a method
 * it overrides the class's.
 *
 * <pre>{@code
 * @Test
 * @StartInstant("2025-12-31T23:00:00Z")
 * void aReviewStartedOnNewYearsEveEndsNextYear(StepFunctionRunner runner) {
 *     assertThatExecution(runner.run("{\"amount\": 250}")).endedAt(Instant.parse("2026-01-01T23:00:00Z"));
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@API(status = STABLE)
public @interface StartInstant {
    /** An ISO-8601 instant, for example {@code 2025-01-01T00:00:00Z}. */
    String value();
}
