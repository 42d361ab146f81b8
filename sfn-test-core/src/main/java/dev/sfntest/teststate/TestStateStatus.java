package dev.sfntest.teststate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How the tested state ended, as AWS's TestState {@code status} names it.
 *
 * <pre>{@code
 * assert TestStates.run(request).status() == TestStateStatus.CAUGHT_ERROR;
 * }</pre>
 */
@API(status = EXPERIMENTAL)
public enum TestStateStatus {
    /** The state completed; {@code output} and, unless it ends the machine, {@code nextState} are set. */
    SUCCEEDED,
    /** The state failed and no Retry or Catch handles the error. */
    FAILED,
    /** A Retry matches the error and has attempts left; {@code inspectionData.errorDetails} says which and when. */
    RETRIABLE,
    /** A Catch handles the error: {@code output} is the catcher's and {@code nextState} its {@code Next}. */
    CAUGHT_ERROR
}
