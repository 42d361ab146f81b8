package dev.sfntest.junit5;

import dev.sfntest.history.ExecutionStatus;
import dev.sfntest.history.HistoryEventType;
import java.time.Duration;
import java.time.Instant;

/**
 * Assertions on an execution, or on one Map iteration or Parallel branch of it. Each method
 * fails with an {@link org.opentest4j.AssertionFailedError} carrying the expected and actual
 * values, and a message that shows the path taken and the last events with their virtual times.
 *
 * <pre>{@code
 * assertThatExecution(result)
 *         .succeeded()
 *         .hasEnteredInOrder("PrepareOrder", "WaitForReview", "ChargeCard")
 *         .hasNeverEntered("Declined")
 *         .hasAttempts("ChargeCard", 3).hasRetried("ChargeCard", 2)
 *         .hasOutputAt("$.charge.chargeId", "ch-1001")
 *         .hasOutputContaining("{\"status\": \"NEW\"}")
 *         .hasDuration(Duration.ofDays(1));
 * assertThatExecution(result).mapIteration("ForEachItem", 1).failed().hasError("OutOfStock");
 * }</pre>
 *
 * <p>JSON expectations are JSON text; numbers compare by value ({@code 1} equals {@code 1.0}).
 */
public interface ExecutionAssert {
    /** Fails unless the status is SUCCEEDED (a view: the iteration or branch succeeded). */
    ExecutionAssert succeeded();

    /** Fails unless the status is FAILED. */
    ExecutionAssert failed();

    /** Fails unless the status is TIMED_OUT. */
    ExecutionAssert timedOut();

    /** Fails unless the status is {@code status}. */
    ExecutionAssert hasStatus(ExecutionStatus status);

    /** Fails unless the output equals the JSON {@code json}. */
    ExecutionAssert hasOutput(String json);

    /** Fails unless the value at {@code jsonPath} of the output equals {@code expected} (a JSON node, string, number, boolean, map or list). */
    ExecutionAssert hasOutputAt(String jsonPath, Object expected);

    /** Fails unless the output holds every field of {@code json}, at any depth (arrays element by element). */
    ExecutionAssert hasOutputContaining(String json);

    /** Fails unless the error is {@code error}. */
    ExecutionAssert hasError(String error);

    /** Fails unless the cause is {@code cause}. */
    ExecutionAssert hasCause(String cause);

    /** Fails unless the cause contains {@code text}. */
    ExecutionAssert hasCauseContaining(String text);

    /** Fails unless every one of {@code states} was entered, in any order. */
    ExecutionAssert hasEntered(String... states);

    /** Fails unless {@code states} were entered in this order, others possibly between them. */
    ExecutionAssert hasEnteredInOrder(String... states);

    /** Fails unless exactly {@code states} were entered, in this order, nothing else. */
    ExecutionAssert hasEnteredExactly(String... states);

    /** Fails if any of {@code states} was entered. */
    ExecutionAssert hasNeverEntered(String... states);

    /** Fails unless {@code state} ran {@code attempts} times (entries plus retries). */
    ExecutionAssert hasAttempts(String state, int attempts);

    /** Fails unless {@code state} was retried {@code retries} times. */
    ExecutionAssert hasRetried(String state, int retries);

    /** Fails unless a Catch of {@code state} answered {@code error}. */
    ExecutionAssert hasCaught(String state, String error);

    /** Fails unless the input of {@code state}'s last visit equals the JSON {@code json}. */
    ExecutionAssert hasStateInput(String state, String json);

    /** Fails unless the output of {@code state}'s last visit equals the JSON {@code json}. */
    ExecutionAssert hasStateOutput(String state, String json);

    /** Fails unless the variable {@code name} was last assigned the JSON {@code json}. */
    ExecutionAssert hasVariable(String name, String json);

    /** Fails unless the execution took exactly {@code duration} of virtual time. */
    ExecutionAssert hasDuration(Duration duration);

    /** Fails if the execution took more than {@code duration} of virtual time. */
    ExecutionAssert hasDurationAtMost(Duration duration);

    /** Fails unless the execution started at {@code instant}. */
    ExecutionAssert startedAt(Instant instant);

    /** Fails unless the execution stopped at {@code instant}. */
    ExecutionAssert endedAt(Instant instant);

    /** Fails unless {@code state} was first entered at {@code instant}. */
    ExecutionAssert enteredAt(String state, Instant instant);

    /** Fails unless events of these types happened in this order, others possibly between them. */
    ExecutionAssert hasEventsInOrder(HistoryEventType... types);

    /** Fails unless exactly {@code count} events of {@code type} happened. */
    ExecutionAssert hasEventCount(HistoryEventType type, int count);

    /**
     * Fails unless the execution (or this view of it) matches its snapshot, named after the calling
     * test method: {@code src/test/resources/__snapshots__/<test class>/<method>.json}. The snapshot
     * holds the status, output, error, cause and the history, UUIDs replaced by {@code <uuid:N>}.
     * A missing snapshot is recorded (on CI, {@code CI} set, it fails instead);
     * {@code -Dsfntest.snapshots.update=true} re-records. A difference fails with a line diff and
     * the expected and actual texts. See {@code docs/junit5.md}.
     */
    ExecutionAssert matchesSnapshot();

    /**
     * {@link #matchesSnapshot()} with a snapshot named {@code name}, a relative path such as
     * {@code "OrderTest/declined"} ({@code .json} is added): for parameterized and repeated tests,
     * or calls outside a test method.
     */
    ExecutionAssert matchesSnapshot(String name);

    /** The assertions on iteration {@code index} (0-based) of the Map state's first run; fails when it did not run. */
    ExecutionAssert mapIteration(String mapState, int index);

    /** The assertions on the branch starting at {@code startAt} of the Parallel state's first run. */
    ExecutionAssert parallelBranch(String parallelState, String startAt);
}
