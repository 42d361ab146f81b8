package dev.sfntest.examples;

// snippet:quick-start
import static dev.sfntest.assertj.SfnAssertions.assertThatExecution;

import dev.sfntest.junit5.StepFunctionRunner;
import dev.sfntest.junit5.StepFunctionTest;
import dev.sfntest.mock.TaskMocks;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@StepFunctionTest("hello/hello.asl.json")                 // under src/test/resources
class QuickStartTest {
    @Test
    void aLargeOrderWaitsADayThenIsCharged(StepFunctionRunner runner) {
        runner.mock(TaskMocks.forState("ChargeCard").returns("{\"Payload\": {\"chargeId\": \"ch-1\"}}"));

        assertThatExecution(runner.run("{\"orderId\": \"order-42\", \"amount\": 250}"))
                .succeeded()
                .hasEnteredInOrder("PrepareOrder", "WaitForReview", "ChargeCard")
                .hasOutputAt("$.charge.chargeId", "ch-1")
                .hasDuration(Duration.ofDays(1));               // virtual time: the test takes milliseconds
    }
}
// end-snippet
