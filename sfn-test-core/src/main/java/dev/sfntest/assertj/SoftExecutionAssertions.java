package dev.sfntest.assertj;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.assertj.core.api.SoftAssertions;

/**
 * AssertJ's {@link SoftAssertions} with {@code assertThatExecution}: every failure is collected,
 * and {@link #assertAll()} reports them together. Works with JUnit Jupiter's
 * {@code SoftAssertionsExtension} ({@code @InjectSoftAssertions SoftExecutionAssertions softly}).
 *
 * <pre>{@code
 * SoftExecutionAssertions softly = new SoftExecutionAssertions();
 * softly.assertThatExecution(result).succeeded().hasNeverEntered("Refund");
 * softly.assertThatExecution(result).mapIteration("ForEachItem", 1).hasOutput("{\"ok\": true}");
 * softly.assertThat(runner.executions()).hasSize(1);
 * softly.assertAll();
 * }</pre>
 *
 * <p>{@link AutoCloseableSoftExecutionAssertions} asserts all when closed.
 */
@API(status = STABLE)
public class SoftExecutionAssertions extends SoftAssertions implements ExecutionSoftAssertionsProvider {
    /** Soft assertions with nothing collected yet. */
    public SoftExecutionAssertions() {
    }
}
