package dev.sfntest.teststate.internal;

import dev.sfntest.asl.ParallelState;

/** A Parallel state under TestState: no branch runs; the mocked result (or error) stands for them. */
final class ParallelTest {
    private ParallelTest() {
    }

    static Ending run(StateData data, ParallelState parallel, Inspection inspection, MockedOutcome mock) {
        return ResultSteps.finish(data, parallel.handling(), mock.result(), inspection);
    }
}
