package dev.sfntest.assertj;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * {@link SoftExecutionAssertions} that report every collected failure when closed.
 *
 * <pre>{@code
 * try (var softly = new AutoCloseableSoftExecutionAssertions()) {
 *     softly.assertThatExecution(result).succeeded().hasOutputAt("$.status", "DONE");
 *     softly.assertThatExecution(result).hasInvoked("ChargeCard").once();
 * }
 * }</pre>
 */
@API(status = STABLE)
public class AutoCloseableSoftExecutionAssertions extends SoftExecutionAssertions implements AutoCloseable {
    /** Soft assertions with nothing collected yet. */
    public AutoCloseableSoftExecutionAssertions() {
    }

    /** Fails with every failure collected, if any. */
    @Override
    public void close() {
        assertAll();
    }
}
