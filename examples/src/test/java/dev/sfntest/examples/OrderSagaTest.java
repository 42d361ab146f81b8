package dev.sfntest.examples;

import static dev.sfntest.assertj.SfnAssertions.assertThatExecution;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.junit5.StepFunctionRunner;
import dev.sfntest.junit5.StepFunctionTest;
import dev.sfntest.mock.AwsErrors;
import dev.sfntest.mock.LambdaResponses;
import dev.sfntest.mock.ServiceResponses;
import dev.sfntest.mock.TaskMock;
import dev.sfntest.mock.TaskMocks;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * An order-fulfilment saga: throttled Lambda calls are retried with exponential back-off (2 s,
 * 4 s, 8 s of virtual time), and a step that still fails is compensated in reverse order through
 * Catch. Copy this class for a workflow of your own: one mock per Task, one test per path.
 */
@StepFunctionTest("order-saga/order-saga.asl.json")
class OrderSagaTest {
    private static final String ORDER = """
            {"orderId": "o-1", "amount": 99.5, "items": [{"sku": "BOOK-1", "qty": 2}], "address": "1 Main St"}
            """;

    private static TaskMock reserves() {
        return TaskMocks.forState("ReserveInventory").returns(lambda("{\"reservationId\": \"r-1\"}"));
    }

    private static TaskMock charges() {
        return TaskMocks.forState("ChargePayment").returns(lambda("{\"chargeId\": \"ch-1\"}"));
    }

    private static TaskMock ships() {
        return TaskMocks.forState("ShipOrder").returns(lambda("{\"trackingNumber\": \"1Z999\"}"));
    }

    private static TaskMock notifies() {
        return TaskMocks.forState("NotifyCustomer").returns(ServiceResponses.snsPublish("Order o-1 shipped: 1Z999"));
    }

    /** A Lambda invoke result around {@code payload}; mock the function's own answer, not the SDK's envelope. */
    private static JsonNode lambda(String payload) {
        return LambdaResponses.invoke(Json.parse(payload));
    }

    @Test
    void aHappyOrderIsReservedChargedShippedAndAnnounced(StepFunctionRunner runner) {
        runner.mock(reserves(), charges(), ships(), notifies());

        ExecutionResult result = runner.run(ORDER);

        assertThatExecution(result).succeeded()
                .hasEnteredExactly("ReserveInventory", "ChargePayment", "ShipOrder", "NotifyCustomer")
                .hasOutputContaining("""
                        {"reservation": {"reservationId": "r-1"}, "payment": {"chargeId": "ch-1"},
                         "shipment": {"trackingNumber": "1Z999"}}""")
                .hasDuration(Duration.ZERO);
        assertThat(runner.mocks().recorded().forState("NotifyCustomer").last().input().get("Message").textValue())
                .isEqualTo("Order o-1 shipped: 1Z999");
    }

    @Nested
    class Throttling {
        @Test
        void aThrottledChargeIsRetriedWithBackOffAndGoesThrough(StepFunctionRunner runner) {
            runner.mock(reserves(), ships(), notifies(),
                    TaskMocks.forState("ChargePayment")
                            .throwsError(AwsErrors.lambdaTooManyRequests()).times(2)
                            .thenReturns(lambda("{\"chargeId\": \"ch-2\"}")));

            ExecutionResult result = runner.run(ORDER);

            assertThatExecution(result).succeeded()
                    .hasAttempts("ChargePayment", 3).hasRetried("ChargePayment", 2)
                    .hasOutputAt("$.payment.chargeId", "ch-2")
                    .hasDuration(Duration.ofSeconds(2 + 4));
        }

        // snippet:saga-throttled
        @Test
        void aChargeThrottledPastMaxAttemptsReleasesTheStockAndFailsTheOrder(StepFunctionRunner runner)
                throws Exception {
            runner.mock(reserves(),
                    TaskMocks.forState("ChargePayment").throwsError(AwsErrors.lambdaTooManyRequests()).times(4),
                    TaskMocks.forState("ReleaseInventory").returns(lambda("{}")));

            ExecutionResult result = runner.run(ORDER);

            assertThatExecution(result).failed()
                    .hasError("OrderFailed").hasCause("Lambda.TooManyRequestsException")
                    .hasAttempts("ChargePayment", 4)
                    .hasCaught("ChargePayment", "Lambda.TooManyRequestsException")
                    .hasEnteredInOrder("ReserveInventory", "ChargePayment", "ReleaseInventory", "OrderFailed")
                    .hasNeverEntered("ShipOrder", "RefundPayment")
                    .hasDuration(Duration.ofSeconds(2 + 4 + 8));
            assertThat(runner.mocks().recorded().forState("ReleaseInventory").last().input().get("Payload"))
                    .isEqualTo(Json.parse("{\"reservationId\": \"r-1\"}"));
        }
        // end-snippet
    }

    @Nested
    class Compensation {
        @Test
        void aFailedShipmentRefundsThenReleasesInReverseOrder(StepFunctionRunner runner) {
            runner.mock(reserves(), charges(),
                    TaskMocks.forState("ShipOrder").throwsError(AwsErrors.lambdaFunctionError("AddressInvalid",
                            "No such street")),
                    TaskMocks.forState("RefundPayment").returns(lambda("{}")),
                    TaskMocks.forState("ReleaseInventory").returns(lambda("{}")));

            ExecutionResult result = runner.run(ORDER);

            assertThatExecution(result).failed()
                    .hasError("OrderFailed").hasCause("AddressInvalid")
                    .hasCaught("ShipOrder", "AddressInvalid")
                    .hasEnteredExactly("ReserveInventory", "ChargePayment", "ShipOrder", "RefundPayment",
                            "ReleaseInventory", "OrderFailed");
            assertThat(runner.mocks().recorded().forState("RefundPayment").last().input().at("/Payload/chargeId")
                    .textValue()).isEqualTo("ch-1");
        }

        @Test
        void aFlakyRefundIsRetriedUntilItSucceeds(StepFunctionRunner runner) {
            runner.mock(reserves(), charges(),
                    TaskMocks.forState("ShipOrder").throwsError("States.Timeout", "carrier did not answer"),
                    TaskMocks.forState("RefundPayment").throwsError(AwsErrors.lambdaServiceException()).times(3)
                            .thenReturns(lambda("{}")),
                    TaskMocks.forState("ReleaseInventory").returns(lambda("{}")));

            ExecutionResult result = runner.run(ORDER);

            assertThatExecution(result).failed().hasError("OrderFailed").hasCause("States.Timeout")
                    .hasRetried("RefundPayment", 3)
                    .hasDuration(Duration.ofSeconds(5 + 10 + 20));   // BackoffRate defaults to 2.0
        }

        @Test
        void nothingIsCompensatedWhenTheStockCannotBeReserved(StepFunctionRunner runner) {
            runner.mock(TaskMocks.forState("ReserveInventory")
                    .throwsError(AwsErrors.lambdaFunctionError("OutOfStock", "BOOK-1")));

            ExecutionResult result = runner.run(ORDER);

            assertThatExecution(result).failed().hasError("OrderFailed").hasCause("OutOfStock")
                    .hasEnteredExactly("ReserveInventory", "OrderFailed");
        }
    }
}
