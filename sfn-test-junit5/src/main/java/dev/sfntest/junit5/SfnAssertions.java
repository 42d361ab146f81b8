package dev.sfntest.junit5;

import dev.sfntest.assertj.ExecutionAssert;
import dev.sfntest.assertj.TestStateAssert;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.teststate.TestStateResponse;

/**
 * The former entry points of the assertions on executions and TestState answers, which now live
 * in {@link dev.sfntest.assertj.SfnAssertions} (usable without JUnit, and by soft assertions).
 *
 * @deprecated import {@code static dev.sfntest.assertj.SfnAssertions.assertThatExecution} (or
 *     {@code assertThatTestState}) instead; this class will be removed
 */
@Deprecated(forRemoval = true)
public final class SfnAssertions {
    private SfnAssertions() {
    }

    /**
     * Assertions on {@code result}.
     *
     * @deprecated use {@link dev.sfntest.assertj.SfnAssertions#assertThat(ExecutionResult)}
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

    /**
     * Assertions on a TestState answer.
     *
     * @deprecated use {@link dev.sfntest.assertj.SfnAssertions#assertThat(TestStateResponse)}
     */
    @Deprecated(forRemoval = true)
    public static TestStateAssert assertThat(TestStateResponse response) {
        return dev.sfntest.assertj.SfnAssertions.assertThat(response);
    }

    /**
     * Assertions on a TestState answer.
     *
     * @deprecated use {@link dev.sfntest.assertj.SfnAssertions#assertThatTestState}
     */
    @Deprecated(forRemoval = true)
    public static TestStateAssert assertThatTestState(TestStateResponse response) {
        return dev.sfntest.assertj.SfnAssertions.assertThatTestState(response);
    }
}
