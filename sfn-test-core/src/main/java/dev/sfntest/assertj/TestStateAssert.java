package dev.sfntest.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.sfntest.teststate.TestStateResponse;
import org.apiguardian.api.API;

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
 * A real AssertJ assertion: {@code as}, {@code satisfies} and soft assertions
 * ({@link SoftExecutionAssertions#assertThatTestState}) work; not final, so that AssertJ's soft
 * assertions, and you, may subclass it (or extend {@link AbstractTestStateAssert}).
 */
@API(status = EXPERIMENTAL)
public class TestStateAssert extends AbstractTestStateAssert<TestStateAssert> {
    /** Assertions on {@code actual}. */
    public TestStateAssert(TestStateResponse actual) {
        super(actual, TestStateAssert.class);
    }
}
