package dev.sfntest.junit5;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.mock.TaskMock;
import dev.sfntest.mock.TaskMocks;
import java.util.List;

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
public interface StepFunctionRunner {
    /**
     * Runs one execution with {@code inputJson}, from the clock's instant; moves the clock to its end.
     *
     * @throws IllegalArgumentException when the input is not JSON
     * @throws dev.sfntest.engine.UnmockedTaskException when a Task runs that no mock answers
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

    /** The mocks answering this test's Tasks (fixes them: no more {@link #mock} after this). */
    TaskMocks mocks();

    /** The state machine. */
    StateMachine stateMachine();

    /** The test's clock. */
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
