package dev.sfntest.assertj;

import static org.apiguardian.api.API.Status.STABLE;

import dev.sfntest.history.ExecutionResult;
import org.apiguardian.api.API;

/**
 * Assertions on an execution, or on one Map iteration or Parallel branch of it: an AssertJ
 * assertion ({@code as}, {@code satisfies}, {@code extracting} work), with soft assertions in
 * {@link SoftExecutionAssertions}. Each check fails with an {@code AssertionFailedError} carrying
 * the expected and actual values, and a message that shows the path taken and the last events with
 * their virtual times. A state, branch or Map that the definition does not have fails with a
 * "did you mean".
 *
 * <pre>{@code
 * assertThatExecution(result)
 *         .succeeded()
 *         .hasEnteredInOrder("PrepareOrder", "WaitForReview", "ChargeCard")
 *         .hasNeverEntered("Declined")
 *         .hasAttempts("ChargeCard", 3).hasRetried("ChargeCard", 2)
 *         .hasOutputAt("$.charge.chargeId", "ch-1001")
 *         .hasDuration(Duration.ofDays(1));
 * assertThatExecution(result).hasInvoked("ChargeCard").withParametersAt("$.Payload.amount", 250).times(3);
 * assertThatExecution(result).outputAt("$.charge").containsJson("{\"chargeId\": \"ch-1001\"}");
 * assertThatExecution(result).mapIteration("ForEachItem", 1).failed().hasError("OutOfStock");
 * }</pre>
 *
 * <p>JSON expectations are JSON text; numbers compare by value ({@code 1} equals {@code 1.0}).
 * Not final: AssertJ's soft assertions subclass it, and so may you (or extend
 * {@link AbstractExecutionAssert} to return your own type).
 */
@API(status = STABLE)
public class ExecutionAssert extends AbstractExecutionAssert<ExecutionAssert> {
    /** Assertions on {@code actual}. */
    public ExecutionAssert(ExecutionResult actual) {
        super(actual, ExecutionAssert.class);
    }
}
