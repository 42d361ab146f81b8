package dev.sfntest;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A test that passed its own checks broke one of sfn-test's strictness rules: a mock went unused
 * ({@link dev.sfntest.mock.UnusedMockException}) or the tests exercised less of the state machine
 * than their minimum ({@link dev.sfntest.report.CoverageBelowMinimumException}). Like Mockito's
 * strict stubs, it is raised only when nothing else failed, so it never hides the real failure.
 *
 * <pre>{@code
 * try {
 *     mocks.verifyAllUsed();
 * } catch (StrictnessException e) {
 *     // e.getMessage() lists every rule broken
 * }
 * }</pre>
 */
@API(status = STABLE)
public class StrictnessException extends SfnTestException {
    /** @param message the rule broken and by what */
    public StrictnessException(String message) {
        super(message, null, false, false);
    }
}
