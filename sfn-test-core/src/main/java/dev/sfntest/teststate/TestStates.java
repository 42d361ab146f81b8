package dev.sfntest.teststate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.sfntest.engine.TaskHandler;
import dev.sfntest.teststate.internal.TestRun;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * AWS Step Functions' TestState API, offline: runs one state with a mocked result or error and
 * says what AWS would answer: the status, the output, the next state and, at DEBUG or TRACE, the
 * data after each processing step.
 *
 * <pre>{@code
 * TestStateResponse response = TestStates.run(TestStateRequest.builder()
 *         .definition("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\", "
 *                 + "\"Retry\": [{\"ErrorEquals\": [\"Lambda.TooManyRequestsException\"], \"MaxAttempts\": 3}], "
 *                 + "\"End\": true}")
 *         .mock(TestStateRequest.Mock.error("Lambda.TooManyRequestsException", "Rate exceeded"))
 *         .stateConfiguration(new TestStateRequest.StateConfiguration(2, null, null, null))
 *         .inspectionLevel(InspectionLevel.DEBUG)
 *         .build());
 * response.status();                                          // RETRIABLE: the third retry is still allowed
 * response.inspectionData().errorDetails().retryBackoffIntervalSeconds(); // 4
 * }</pre>
 *
 * <p>Stateless and thread-safe. A request AWS would reject throws {@link TestStateException}
 * with AWS's error code and message.
 */
@API(status = EXPERIMENTAL)
public final class TestStates {
    private TestStates() {
    }

    /**
     * Tests one state. A Task state without a mock has nobody to answer it offline: use
     * {@link #run(TestStateRequest, TaskHandler)}.
     *
     * @throws TestStateException when AWS would reject the request
     */
    public static TestStateResponse run(TestStateRequest request) {
        return run(request, null);
    }

    /**
     * Tests one state; {@code handler} answers a Task state that has no mock (as the real service
     * would when AWS calls it).
     *
     * @throws TestStateException when AWS would reject the request, or a Task state has neither a
     *     mock nor an answer from {@code handler}
     */
    public static TestStateResponse run(TestStateRequest request, TaskHandler handler) {
        return TestRun.run(Objects.requireNonNull(request, "request"), handler);
    }
}
