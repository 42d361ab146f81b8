package dev.sfntest.junit5;

import static org.apiguardian.api.API.Status.STABLE;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * The seed of a test's executions (default 0): it fixes jitter, generated UUIDs and the order in
 * which concurrent branches and iterations run, so a run replays exactly. On a method it
 * overrides the class's.
 *
 * <pre>{@code
 * @Test
 * @Seed(42)
 * void jitteredRetriesStillFinishWithinAMinute(StepFunctionRunner runner) {
 *     assertThatExecution(runner.run("{}")).succeeded().hasDurationAtMost(Duration.ofMinutes(1));
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@API(status = STABLE)
public @interface Seed {
    /** The seed. */
    long value();
}
