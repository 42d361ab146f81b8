package dev.sfntest.junit5;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.engine.Engine;
import dev.sfntest.engine.Execution;
import dev.sfntest.engine.VirtualClock;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.mock.TaskMock;
import dev.sfntest.mock.TaskMocks;
import dev.sfntest.teststate.TestStateException;
import dev.sfntest.teststate.TestStateRequest;
import dev.sfntest.teststate.TestStateResponse;
import dev.sfntest.teststate.TestStates;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;

/**
 * Runs a test's state machine with the test's mocks, seed and {@link VirtualClock}: the
 * parameter a {@link StepFunctionTest} method asks for. One per test and definition; not shared
 * between threads.
 *
 * <pre>{@code
 * @StepFunctionTest("hello/hello.asl.json")
 * class ChargeRetriesTest {
 *     @Test
 *     void aThrottledChargeIsNotRetriedAndFails(StepFunctionRunner runner) {
 *         runner.mock(TaskMocks.forState("ChargeCard").throwsError("Lambda.TooManyRequestsException", "slow down"));
 *
 *         ExecutionResult result = runner.run("{\"orderId\": \"o-1\", \"amount\": 20}");
 *
 *         assertThatExecution(result).failed().hasError("Lambda.TooManyRequestsException").hasAttempts("ChargeCard", 1);
 *     }
 * }
 * }</pre>
 *
 * <p>Mocks are added before the first run; from then on (or once the test holds the
 * {@link TaskMocks}) they are fixed, so that recordings and the strict-mock check cover every run.
 */
@API(status = STABLE)
public interface StepFunctionRunner {
    /**
     * Runs one execution with {@code inputJson}, from the clock's instant; moves the clock to its end.
     *
     * @throws IllegalArgumentException when the input is not JSON
     * @throws dev.sfntest.engine.UnmockedTaskException when a Task runs that no mock answers; the
     *     message then also says how far the execution got, and the test's report shows it stopped
     *     there (as for a {@link dev.sfntest.engine.MockedResultException})
     */
    ExecutionResult run(String inputJson);

    /** {@link #run(String)} with a parsed input. */
    ExecutionResult run(JsonNode input);

    /** {@link #run(String)} with {@code {}}. */
    ExecutionResult run();

    /**
     * Adds mocks for this test's runs (after those of {@link MockConfig}).
     *
     * @throws IllegalStateException after the first run, or once the mocks were handed out
     * @throws dev.sfntest.mock.InvalidMockException when two mocks target the same state or resource
     */
    StepFunctionRunner mock(TaskMock... mocks);

    /**
     * More engine settings for this test's executions, beyond the mocks, clock and seed the
     * extension sets: an {@code InMemoryS3}, child state machines, a fallback handler...
     *
     * <pre>{@code
     * runner.configure(engine -> engine.s3(s3).stateMachine("Child", child));
     * }</pre>
     */
    StepFunctionRunner configure(UnaryOperator<Engine.Builder> settings);

    /**
     * Starts an execution the test drives: complete task tokens, act as an activity worker, move
     * the clock. It runs on the test's clock, side by side with the others the test started:
     * advancing the clock, or any of them, moves them all. Once it ends, it counts among
     * {@link #executions()}, the report and coverage.
     *
     * <pre>{@code
     * Execution execution = runner.start("{}").runUntilWaiting();
     * execution.sendTaskSuccess(execution.pendingTasks().get(0).token(), Json.parse("{\"approved\": true}"));
     * assertThatExecution(execution.runToEnd().result()).succeeded();
     * }</pre>
     */
    Execution start(String inputJson);

    /**
     * Tests one state of this test's state machine as AWS's TestState API does, offline: the
     * request starts with the definition and {@code stateName}; {@code request} adds the rest.
     *
     * <pre>{@code
     * TestStateResponse response = runner.testState("ChargeCard", request -> request
     *         .input("{\"amount\": 250}")
     *         .mock(TestStateRequest.Mock.error("Lambda.ServiceException", "Internal error")));
     * assertThatTestState(response).failed().hasError("Lambda.ServiceException");
     * }</pre>
     *
     * @throws TestStateException when AWS would reject the request
     */
    default TestStateResponse testState(String stateName, UnaryOperator<TestStateRequest.Builder> request) {
        return TestStates.run(request.apply(TestStateRequest.builder().definition(stateMachine().source())
                .stateName(stateName)).build());
    }

    /** The mocks answering this test's Tasks (fixes them: no more {@link #mock} after this). */
    TaskMocks mocks();

    /** The state machine. */
    StateMachine stateMachine();

    /** The test's clock, shared by every execution the test runs or starts (see {@link VirtualClock}). */
    VirtualClock clock();

    /** Every execution so far, in order. */
    List<ExecutionResult> executions();

    /**
     * The latest execution.
     *
     * @throws IllegalStateException when nothing ran yet
     */
    ExecutionResult lastExecution();
}
