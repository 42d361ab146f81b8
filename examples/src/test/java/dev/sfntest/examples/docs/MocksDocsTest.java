package dev.sfntest.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.Json;
import dev.sfntest.engine.Engine;
import dev.sfntest.engine.TaskOutcome;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.mock.AwsErrors;
import dev.sfntest.mock.LambdaResponses;
import dev.sfntest.mock.MockConfigFile;
import dev.sfntest.mock.MockedResponses;
import dev.sfntest.mock.TaskMock;
import dev.sfntest.mock.TaskMocks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The snippets of docs/mocks.md, compiled and run. */
class MocksDocsTest {
    private final StateMachine saga = Definitions.load(Path.of("src/test/resources/order-saga/order-saga.asl.json"));
    private static final String ORDER = "{\"orderId\": \"o-1\", \"amount\": 10, \"items\": [], \"address\": \"x\"}";

    @Test
    void scriptPerAttempt() throws Exception {
        // snippet:mocks-script
        JsonNode charged = LambdaResponses.invoke(Json.parse("{\"chargeId\": \"ch-1\"}"));  // the SDK envelope
        TaskMocks mocks = TaskMocks.of(
                TaskMocks.forState("ReserveInventory").returns("{\"Payload\": {\"reservationId\": \"r-1\"}}"),
                TaskMocks.forState("ChargePayment")
                        .throwsError(AwsErrors.lambdaTooManyRequests()).times(2)    // attempts 0 and 1
                        .thenReturns(charged).after(Duration.ofSeconds(3)),          // attempt 2, 3 s of virtual time
                TaskMocks.forState("ShipOrder").answers(call ->                     // computed from the call
                        TaskOutcome.success(Json.nodes().objectNode().set("Payload", Json.nodes().objectNode()
                                .put("trackingNumber", "T-" + call.input().at("/Payload/orderId").asText())))),
                TaskMocks.forResource("arn:aws:states:::sns:publish").returns("{}").andSoOn());

        ExecutionResult result = Engine.builder().taskHandler(mocks).build().execute(saga, Json.parse(ORDER));

        assertThat(result.output().at("/shipment/trackingNumber").asText()).isEqualTo("T-o-1");
        assertThat(result.duration()).isEqualTo(Duration.ofSeconds(2 + 4 + 3));  // two back-offs, then the call
        assertThat(mocks.recorded().forState("ChargePayment").count()).isEqualTo(3);
        mocks.verifyAllUsed();                                       // every scripted response was used
        // end-snippet
    }

    @Test
    void sharedBaseMocks() {
        // snippet:mocks-immutable
        TaskMock reserve = TaskMocks.forState("ReserveInventory").returns("{\"Payload\": {\"reservationId\": \"r\"}}");
        TaskMock reserveTwice = reserve.thenReturns("{\"Payload\": {\"reservationId\": \"r2\"}}");  // a new mock
        TaskMock slowReserve = reserve.after(Duration.ofMinutes(1)).lenient();
        // end-snippet
        assertThat(reserveTwice).isNotSameAs(reserve);
        assertThat(slowReserve).isNotSameAs(reserve);
    }

    @Test
    void mockConfigFileAsIs() throws Exception {
        // snippet:mocks-mockconfigfile
        MockConfigFile file = MockConfigFile.parse(
                Files.readString(Path.of("src/test/resources/loan-application/MockConfigFile.json")));
        String machine = file.stateMachineName("LoanApplication");   // the definition's, or the file's only one
        TaskMocks mocks = file.mocks(machine, "HappyPath");  // checked before anything runs; recording, strict
        // end-snippet
        assertThat(file.testCaseNames("LoanApplication")).hasSize(4);
        assertThat(mocks.mocks()).hasSize(2);
    }

    @Test
    void inlineMockedResponses() throws Exception {
        // snippet:mocks-mockedresponses
        MockedResponses mocks = MockedResponses.parse(Json.parse("""
                {"ChargePayment": {"0-1": {"Throw": {"Error": "Lambda.TooManyRequestsException", "Cause": "slow"}},
                                   "2":   {"Return": {"Payload": {"chargeId": "ch-9"}}}}}"""));
        // end-snippet
        assertThat(mocks).isNotNull();
    }

    @Test
    void writeBackToAMockConfigFile() throws Exception {
        // snippet:mocks-export
        TaskMocks mocks = TaskMocks.of(TaskMocks.forState("ChargePayment")
                .throwsError("Lambda.TooManyRequestsException", "slow").times(2)
                .thenReturns("{\"Payload\": {\"chargeId\": \"ch-9\"}}"));

        JsonNode file = mocks.toMockConfigFile("OrderSaga", "ThrottledCharge");   // for Step Functions Local
        // end-snippet
        assertThat(file.at("/StateMachines/OrderSaga/TestCases/ThrottledCharge/ChargePayment").asText())
                .isEqualTo("ChargePayment");
        assertThat(file.at("/MockedResponses/ChargePayment").has("0-1")).isTrue();
    }
}
