package dev.sfntest.assertj;

import static org.apiguardian.api.API.Status.STABLE;

import dev.sfntest.history.ExecutionResult;
import dev.sfntest.teststate.TestStateResponse;
import org.apiguardian.api.API;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Adds {@code assertThatExecution} to any AssertJ soft assertions: implement it on your own
 * {@code SoftAssertions} subclass to mix execution assertions with others.
 *
 * <pre>{@code
 * class MySoftAssertions extends SoftAssertions implements ExecutionSoftAssertionsProvider {
 * }
 * }</pre>
 */
@API(status = STABLE)
public interface ExecutionSoftAssertionsProvider extends SoftAssertionsProvider {
    /** Soft assertions on {@code result}: failures are collected, also those of the views and values navigated to. */
    default ExecutionAssert assertThatExecution(ExecutionResult result) {
        return proxy(ExecutionAssert.class, ExecutionResult.class, result).viewing(null, this);
    }

    /** Soft assertions on a TestState answer: failures are collected. */
    default TestStateAssert assertThatTestState(TestStateResponse response) {
        return proxy(TestStateAssert.class, TestStateResponse.class, response);
    }
}
