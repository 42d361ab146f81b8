package dev.sfntest.assertj;

import dev.sfntest.teststate.TestStateStatus;

/**
 * Assertions on a {@link dev.sfntest.teststate.TestStateResponse}, the answer of
 * {@link dev.sfntest.teststate.TestStates#run}. Each method fails with an
 * {@link org.opentest4j.AssertionFailedError} carrying the expected and actual values, and a
 * message that shows the whole answer as AWS's TestState API would send it.
 *
 * <pre>{@code
 * assertThatTestState(TestStates.run(request))
 *         .isCaughtError()
 *         .hasError("States.TaskFailed")
 *         .hasNextState("NotifyFailure")
 *         .hasCatchIndex(1)
 *         .hasOutputAt("$.Error", "States.TaskFailed");
 * assertThatTestState(retried).isRetriable().hasRetryIndex(0).hasRetryBackoffSeconds(8);
 * assertThatTestState(debugged).hasInspected("afterParameters", "{\"FunctionName\": \"charge\"}");
 * }</pre>
 *
 * <p>JSON expectations are JSON text; numbers compare by value ({@code 1} equals {@code 1.0}).
 */
public interface TestStateAssert {
    /** Fails unless the status is SUCCEEDED. */
    TestStateAssert succeeded();

    /** Fails unless the status is FAILED. */
    TestStateAssert failed();

    /** Fails unless the status is RETRIABLE. */
    TestStateAssert isRetriable();

    /** Fails unless the status is CAUGHT_ERROR. */
    TestStateAssert isCaughtError();

    /** Fails unless the status is {@code status}. */
    TestStateAssert hasStatus(TestStateStatus status);

    /** Fails unless the output equals the JSON {@code json}. */
    TestStateAssert hasOutput(String json);

    /** Fails unless the value at {@code jsonPath} of the output equals {@code expected} (a JSON node, string, number, boolean, map or list). */
    TestStateAssert hasOutputAt(String jsonPath, Object expected);

    /** Fails unless the next state is {@code state}. */
    TestStateAssert hasNextState(String state);

    /** Fails if the answer names a next state. */
    TestStateAssert hasNoNextState();

    /** Fails unless the error is {@code error}. */
    TestStateAssert hasError(String error);

    /** Fails unless the cause is {@code cause}. */
    TestStateAssert hasCause(String cause);

    /** Fails unless the Retry at {@code index} matched the error ({@code errorDetails.retryIndex}). */
    TestStateAssert hasRetryIndex(int index);

    /** Fails unless the retry waits {@code seconds} ({@code errorDetails.retryBackoffIntervalSeconds}). */
    TestStateAssert hasRetryBackoffSeconds(int seconds);

    /** Fails unless the Catch at {@code index} caught the error ({@code errorDetails.catchIndex}). */
    TestStateAssert hasCatchIndex(int index);

    /**
     * Fails unless the inspection data's {@code member} ({@code afterInputPath},
     * {@code afterParameters}, {@code afterArguments}, {@code result}, {@code afterResultSelector},
     * {@code afterResultPath}, {@code variables}, {@code afterItemsPath}...) equals the JSON
     * {@code json}; the request needs DEBUG or TRACE.
     */
    TestStateAssert hasInspected(String member, String json);
}
