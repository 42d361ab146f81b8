package dev.sfntest.assertj;

import static dev.sfntest.assertj.SfnAssertions.assertThatExecution;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sfntest.history.ExecutionResult;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** hasCaught on Parallel and Map states reads the error where AWS records it (their ...StateFailed names none). */
class CaughtTest {
    private static ExecutionResult withoutDefinition(ExecutionResult result) {
        return new ExecutionResult(result.status(), result.output(), result.error(), result.cause(),
                result.startDate(), result.stopDate(), result.history());
    }

    @Nested
    class Parallel {
        @Test
        void theFailingBranchsErrorAsTheCatchWroteIt() {
            ExecutionResult result = Orders.tooLarge();

            assertThatExecution(result).failed().hasCaught("Fulfil", "TooLarge").hasError("OrderFailed");
            assertThatExecution(withoutDefinition(result)).hasCaught("Fulfil", "TooLarge");
        }

        @Test
        void aWrongErrorNamesTheErrorsCaught() {
            AssertionError error = catchThrowableOfType(AssertionError.class,
                    () -> assertThatExecution(Orders.tooLarge()).hasCaught("Fulfil", "States.BranchFailed"));

            assertThat(error).hasMessageStartingWith("""
                    Expected the execution to have caught States.BranchFailed in Fulfil
                    but it caught [TooLarge in Fulfil → Save failure].
                    Path taken: Validate → Charge → Fulfil → Ship → Check stock → Too large → Save failure""");
        }
    }

    @Nested
    class Map {
        @Test
        void theFailingIterationsErrorAlsoWhenTheCatchDiscardedIt() {
            ExecutionResult result = Orders.outOfStock();

            assertThatExecution(result).hasCaught("Pack", "OutOfStock");
            assertThatExecution(withoutDefinition(result)).hasCaught("Pack", "OutOfStock");
            assertThatExecution(result).mapIteration("Pack", 1).failed().hasError("OutOfStock");
        }
    }

    @Nested
    class Task {
        @Test
        void aTasksErrorIsItsFailureEvents() {
            ExecutionResult result = Orders.run("{\"orderId\": \"o-4\", \"amount\": 20, \"items\": []}",
                    dev.sfntest.mock.TaskMocks.forState("Charge").throwsError("CardDeclined", "no"));

            assertThatExecution(result).hasCaught("Charge", "CardDeclined").hasNeverEntered("Fulfil");
        }
    }
}
