package dev.sfntest.assertj;

import static org.apiguardian.api.API.Status.STABLE;

import dev.sfntest.history.ExecutionResult;
import dev.sfntest.teststate.TestStateResponse;
import org.apiguardian.api.API;

/**
 * Entry points of the assertions on executions ({@link ExecutionAssert}) and on TestState answers
 * ({@link TestStateAssert}). {@code assertThatExecution} never clashes with
 * AssertJ's {@code assertThat}; {@code assertThat} reads best when AssertJ's is not imported
 * statically in the same file. Needs {@code org.assertj:assertj-core} on the test classpath
 * ({@code sfn-test-junit5} brings it; with {@code sfn-test-core} alone, add it).
 *
 * <pre>{@code
 * import static dev.sfntest.assertj.SfnAssertions.assertThatExecution;
 *
 * ExecutionResult result = runner.run("{\"orderId\": \"order-7\", \"amount\": 20}");
 * assertThatExecution(result).failed()
 *         .hasError("CardDeclined").hasCause("The card was declined")
 *         .hasEnteredExactly("PrepareOrder", "IsLargeOrder", "ChargeCard");
 * }</pre>
 */
@API(status = STABLE)
public final class SfnAssertions {
    private SfnAssertions() {
    }

    /** Assertions on {@code result}. */
    public static ExecutionAssert assertThat(ExecutionResult result) {
        return new ExecutionAssert(result);
    }

    /** Assertions on {@code result}; the name does not clash with AssertJ's {@code assertThat}. */
    public static ExecutionAssert assertThatExecution(ExecutionResult result) {
        return new ExecutionAssert(result);
    }

    /** Assertions on a TestState answer. */
    public static TestStateAssert assertThat(TestStateResponse response) {
        return assertThatTestState(response);
    }

    /** Assertions on a TestState answer; the name does not clash with AssertJ's {@code assertThat}. */
    public static TestStateAssert assertThatTestState(TestStateResponse response) {
        return new TestStateAssert(response);
    }
}
