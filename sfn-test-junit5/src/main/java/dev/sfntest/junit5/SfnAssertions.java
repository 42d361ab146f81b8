package dev.sfntest.junit5;

import dev.sfntest.history.ExecutionResult;
import dev.sfntest.junit5.internal.DefaultExecutionAssert;
import dev.sfntest.junit5.internal.DefaultTestStateAssert;
import dev.sfntest.teststate.TestStateResponse;

/**
 * Entry points of the {@link ExecutionAssert} and {@link TestStateAssert} assertions. {@code assertThatExecution} never
 * clashes with AssertJ's {@code assertThat}; {@code assertThat} reads best when AssertJ's is not
 * imported statically in the same file.
 *
 * <pre>{@code
 * import static dev.sfntest.junit5.SfnAssertions.assertThatExecution;
 *
 * ExecutionResult result = runner.run("{\"orderId\": \"order-7\", \"amount\": 20}");
 * assertThatExecution(result).failed()
 *         .hasError("CardDeclined").hasCause("The card was declined")
 *         .hasEnteredExactly("PrepareOrder", "IsLargeOrder", "ChargeCard");
 * }</pre>
 */
public final class SfnAssertions {
    private SfnAssertions() {
    }

    /** Assertions on {@code result}. */
    public static ExecutionAssert assertThat(ExecutionResult result) {
        return assertThatExecution(result);
    }

    /** Assertions on {@code result}; the name does not clash with AssertJ's {@code assertThat}. */
    public static ExecutionAssert assertThatExecution(ExecutionResult result) {
        return DefaultExecutionAssert.of(result);
    }

    /** Assertions on a TestState answer ({@link TestStateAssert}). */
    public static TestStateAssert assertThat(TestStateResponse response) {
        return assertThatTestState(response);
    }

    /** Assertions on a TestState answer; the name does not clash with AssertJ's {@code assertThat}. */
    public static TestStateAssert assertThatTestState(TestStateResponse response) {
        return DefaultTestStateAssert.of(response);
    }
}
