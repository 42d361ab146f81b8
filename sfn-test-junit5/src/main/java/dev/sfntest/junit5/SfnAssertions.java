package dev.sfntest.junit5;

import dev.sfntest.assertj.ExecutionAssert;
import dev.sfntest.history.ExecutionResult;

/**
 * The former entry points of the assertions on executions, which now live in
 * {@link dev.sfntest.assertj.SfnAssertions} (usable without JUnit, and by soft assertions).
 *
 * @deprecated import {@code static dev.sfntest.assertj.SfnAssertions.assertThatExecution} instead;
 *     this class will be removed
 */
@Deprecated(forRemoval = true)
public final class SfnAssertions {
    private SfnAssertions() {
    }

    /**
     * Assertions on {@code result}.
     *
     * @deprecated use {@link dev.sfntest.assertj.SfnAssertions#assertThat}
     */
    @Deprecated(forRemoval = true)
    public static ExecutionAssert assertThat(ExecutionResult result) {
        return dev.sfntest.assertj.SfnAssertions.assertThat(result);
    }

    /**
     * Assertions on {@code result}.
     *
     * @deprecated use {@link dev.sfntest.assertj.SfnAssertions#assertThatExecution}
     */
    @Deprecated(forRemoval = true)
    public static ExecutionAssert assertThatExecution(ExecutionResult result) {
        return dev.sfntest.assertj.SfnAssertions.assertThatExecution(result);
    }
}
