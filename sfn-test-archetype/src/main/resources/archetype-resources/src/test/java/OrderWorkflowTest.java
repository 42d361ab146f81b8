package ${package};

import static dev.sfntest.assertj.SfnAssertions.assertThatExecution;

import dev.sfntest.junit5.StepFunctionRunner;
import dev.sfntest.junit5.StepFunctionTest;
import dev.sfntest.mock.TaskMocks;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The order workflow with its Lambda mocked: throttled once, then charged. */
@StepFunctionTest("order/order.asl.json")                 // under src/test/resources
class OrderWorkflowTest {
    @Test
    void aThrottledChargeIsRetriedThenTheOrderIsCharged(StepFunctionRunner runner) {
        runner.mock(TaskMocks.forState("ChargeCard")
                .throwsError("Lambda.TooManyRequestsException", "Rate exceeded")
                .thenReturns("{\"Payload\": {\"chargeId\": \"ch-1\"}}"));

        assertThatExecution(runner.run("{\"orderId\": \"order-1\", \"amount\": 250}"))
                .succeeded()
                .hasEnteredInOrder("CheckAmount", "ChargeCard")
                .hasOutputAt("$.charge.chargeId", "ch-1")
                .hasDuration(Duration.ofSeconds(2));            // the retry's interval, on the virtual clock
    }
}
