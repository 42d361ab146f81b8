package dev.sfntest.assertj;

import static dev.sfntest.assertj.SfnAssertions.assertThatExecution;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.Json;
import dev.sfntest.engine.Engine;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.HistoryEventType;
import dev.sfntest.mock.TaskMock;
import dev.sfntest.mock.TaskMocks;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** Assertions pass on what happened and fail with the path taken and the last events. */
class ExecutionAssertTest {
    static ExecutionResult run(String resource, String input, TaskMock... mocks) throws Exception {
        StateMachine machine;
        try (InputStream in = ExecutionAssertTest.class.getClassLoader().getResourceAsStream(resource)) {
            machine = Definitions.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        return Engine.builder().taskHandler(TaskMocks.of(mocks)).build().execute(machine, Json.parse(input));
    }

    static ExecutionResult largeOrder() throws Exception {
        return run("assertj/hello.asl.json", "{\"orderId\": \"o-1\", \"amount\": 250}",
                TaskMocks.forState("ChargeCard").returns("{\"Payload\": {\"chargeId\": \"ch-1\"}}"));
    }

    static ExecutionResult declined() throws Exception {
        return run("assertj/hello.asl.json", "{\"orderId\": \"o-2\", \"amount\": 20}",
                TaskMocks.forState("ChargeCard").throwsError("CardDeclined", "The card was declined"));
    }

    static ExecutionResult mapAndParallel() throws Exception {
        return run("assertj/retry.asl.json", "{\"items\": [1, 2]}", TaskMocks.forState("Work")
                .throwsError("Busy", "busy").thenThrowsError("Broken", "broken").thenReturns("{\"done\": 1}").andSoOn());
    }

    @Nested
    class Passing {
        @Test
        void everyCheckOfWhatHappenedPasses() throws Exception {
            // given
            ExecutionResult result = largeOrder();
            // when / then
            assertThatExecution(result).succeeded()
                    .hasEnteredInOrder("PrepareOrder", "WaitForReview", "ChargeCard")
                    .hasEnteredExactly("PrepareOrder", "IsLargeOrder", "WaitForReview", "ChargeCard")
                    .hasEntered("ChargeCard")
                    .hasAttempts("ChargeCard", 1).hasRetried("ChargeCard", 0)
                    .hasOutputAt("$.charge.chargeId", "ch-1")
                    .hasOutputContaining("{\"orderId\": \"o-1\", \"charge\": {\"chargeId\": \"ch-1\"}}")
                    .hasOutput("{\"orderId\": \"o-1\", \"amount\": 250.0, \"status\": \"NEW\", "
                            + "\"charge\": {\"chargeId\": \"ch-1\"}}")
                    .hasStateInput("IsLargeOrder", "{\"orderId\": \"o-1\", \"amount\": 250, \"status\": \"NEW\"}")
                    .hasDuration(Duration.ofDays(1)).hasDurationAtMost(Duration.ofDays(2))
                    .startedAt(Instant.parse("2025-01-01T00:00:00Z")).endedAt(Instant.parse("2025-01-02T00:00:00Z"))
                    .enteredAt("ChargeCard", Instant.parse("2025-01-02T00:00:00Z"))
                    .hasEventsInOrder(HistoryEventType.WaitStateEntered, HistoryEventType.TaskScheduled)
                    .hasEventCount(HistoryEventType.TaskStateEntered, 1);
            assertThat(result).isNotNull();
        }

        @Test
        void mapIterationsAndParallelBranchesAreNavigable() throws Exception {
            ExecutionResult result = mapAndParallel();
            assertThatExecution(result).succeeded().hasRetried("Work", 1).hasAttempts("Work", 3)
                    .hasCaught("Work", "Broken");
            assertThatExecution(result).mapIteration("Each", 0).succeeded().hasRetried("Work", 1)
                    .hasEnteredExactly("Work").hasOutput("{\"done\": 1}");
            assertThatExecution(result).mapIteration("Each", 1).succeeded().hasEnteredExactly("Work", "Recover")
                    .hasOutput("\"recovered\"");
            assertThatExecution(result).parallelBranch("Fan", "Right").hasEnteredExactly("Right")
                    .hasDuration(Duration.ofSeconds(5));
        }
    }

    @Nested
    class Failing {
        @Test
        void aWrongStatusShowsTheErrorThePathAndTheLastEvents() throws Exception {
            // given
            ExecutionResult result = declined();
            // when
            AssertionFailedError error = catchThrowableOfType(AssertionFailedError.class,
                    () -> assertThatExecution(result).succeeded());
            // then
            assertThat(error.getMessage()).isEqualTo("""
                    Expected the execution to have status SUCCEEDED
                    but it was FAILED with CardDeclined: The card was declined.
                    Path taken: PrepareOrder → IsLargeOrder → ChargeCard
                    Last events (virtual time since the start):
                      ... 2 earlier events
                      #3   +00:00:00       PassStateExited            PrepareOrder
                      #4   +00:00:00       ChoiceStateEntered         IsLargeOrder
                      #5   +00:00:00       ChoiceStateExited          IsLargeOrder
                      #6   +00:00:00       TaskStateEntered           ChargeCard
                      #7   +00:00:00       TaskScheduled              ChargeCard
                      #8   +00:00:00       TaskStarted                ChargeCard
                      #9   +00:00:00       TaskFailed                 ChargeCard: CardDeclined: The card was declined
                      #10  +00:00:00       ExecutionFailed            ChargeCard: CardDeclined: The card was declined""");
            assertThat(error.getExpected().getValue()).hasToString("SUCCEEDED");
            assertThat(error.getActual().getValue()).hasToString("FAILED");
        }

        @Test
        void aStateEnteredOutOfOrderIsNamed() throws Exception {
            ExecutionResult result = declined();
            AssertionFailedError error = catchThrowableOfType(AssertionFailedError.class,
                    () -> assertThatExecution(result).hasEnteredInOrder("PrepareOrder", "WaitForReview"));
            assertThat(error.getMessage()).startsWith("""
                    Expected the execution to have entered, in order, [PrepareOrder, WaitForReview]
                    but it never entered WaitForReview.
                    Path taken: PrepareOrder → IsLargeOrder → ChargeCard""");
        }

        @Test
        void aDifferentValueInTheOutputIsLocated() throws Exception {
            ExecutionResult result = largeOrder();
            AssertionFailedError error = catchThrowableOfType(AssertionFailedError.class,
                    () -> assertThatExecution(result).hasOutputContaining("{\"charge\": {\"chargeId\": \"ch-9\"}}"));
            assertThat(error.getMessage()).startsWith("""
                    Expected the execution to have an output containing {"charge":{"chargeId":"ch-9"}}
                    but in its output /charge/chargeId is "ch-1", not "ch-9".
                    Path taken: PrepareOrder → IsLargeOrder → WaitForReview → ChargeCard
                    Last events (virtual time since the start):
                      ... 5 earlier events
                      #6   +00:00:00       WaitStateEntered           WaitForReview
                      #7   +1d 00:00:00    WaitStateExited            WaitForReview
                    """);
        }

        @Test
        void aWrongNumberOfRetriesNamesTheErrorsRetried() throws Exception {
            ExecutionResult result = mapAndParallel();
            AssertionFailedError error = catchThrowableOfType(AssertionFailedError.class,
                    () -> assertThatExecution(result).hasRetried("Work", 2));
            assertThat(error.getMessage()).startsWith("""
                    Expected the execution to have retried Work 2 times
                    but it retried it 1 time (errors [Busy]).
                    Path taken: Fan → Left → Right → Each → Work → Work → Recover → Done""");
        }

        @Test
        void aMissingMapIterationSaysHowManyRan() throws Exception {
            ExecutionResult result = mapAndParallel();
            AssertionFailedError error = catchThrowableOfType(AssertionFailedError.class,
                    () -> assertThatExecution(result).mapIteration("Each", 5));
            assertThat(error.getMessage()).startsWith("""
                    Expected the execution to have run iteration 5 of the Map state 'Each'
                    but it ran 2 iterations of it.""");
        }

        @Test
        void aViewNamesItselfInTheMessage() throws Exception {
            ExecutionResult result = mapAndParallel();
            AssertionFailedError error = catchThrowableOfType(AssertionFailedError.class,
                    () -> assertThatExecution(result).mapIteration("Each", 1).hasNeverEntered("Recover"));
            assertThat(error.getMessage()).startsWith("""
                    Expected iteration 1 of the Map state 'Each' to have never entered [Recover]
                    but it entered [Recover].
                    Path taken: Work → Recover""");
        }
    }
}
