package dev.sfntest.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import dev.sfntest.teststate.InspectionData;
import dev.sfntest.teststate.InspectionLevel;
import dev.sfntest.teststate.TestStateException;
import dev.sfntest.teststate.TestStateRequest;
import dev.sfntest.teststate.TestStateResponse;
import dev.sfntest.teststate.TestStateStatus;
import dev.sfntest.teststate.TestStates;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The snippets of docs/teststate.md, compiled and run. */
class TestStateDocsTest {
    private static final Path HELLO = Path.of("src/test/resources/hello/hello.asl.json");

    @Test
    void aMockedTaskThroughItsDataFlow() throws Exception {
        // snippet:teststate-task
        TestStateResponse response = TestStates.run(TestStateRequest.builder()
                .definition("""
                        {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                         "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
                         "ResultSelector": {"chargeId.$": "$.Payload.id"},
                         "ResultPath": "$.charge", "Next": "Ship"}""")
                .input("{\"orderId\": \"o-1\", \"amount\": 250}")
                .mock(TestStateRequest.Mock.result("{\"Payload\": {\"id\": \"ch-1\"}, \"StatusCode\": 200}"))
                .inspectionLevel(InspectionLevel.DEBUG)
                .build());

        assertThat(response.status()).isEqualTo(TestStateStatus.SUCCEEDED);
        assertThat(response.nextState()).isEqualTo("Ship");
        assertThat(response.output()).isEqualTo(Json.parse(
                "{\"orderId\": \"o-1\", \"amount\": 250, \"charge\": {\"chargeId\": \"ch-1\"}}"));
        InspectionData steps = response.inspectionData();
        assertThat(steps.afterParameters()).isEqualTo(Json.parse(
                "{\"FunctionName\": \"charge\", \"Payload\": {\"orderId\": \"o-1\", \"amount\": 250}}"));
        assertThat(steps.afterResultSelector()).isEqualTo(Json.parse("{\"chargeId\": \"ch-1\"}"));
        // end-snippet
    }

    @Test
    void retriesAndCatches() throws Exception {
        // snippet:teststate-retry
        TestStateRequest.Builder request = TestStateRequest.builder()
                .definition("""
                        {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                         "Retry": [{"ErrorEquals": ["Lambda.TooManyRequestsException"],
                                    "IntervalSeconds": 2, "MaxAttempts": 3}],
                         "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "NotifyFailure"}],
                         "End": true}""")
                .mock(TestStateRequest.Mock.error("Lambda.TooManyRequestsException", "Rate exceeded"))
                .inspectionLevel(InspectionLevel.DEBUG);

        // two retries made: a third is allowed, after 2 × 2.0² seconds
        TestStateResponse retried = TestStates.run(request
                .stateConfiguration(new TestStateRequest.StateConfiguration(2, null, null, null)).build());
        assertThat(retried.status()).isEqualTo(TestStateStatus.RETRIABLE);
        assertThat(retried.inspectionData().errorDetails().retryBackoffIntervalSeconds()).isEqualTo(8);

        // three retries made: the retrier is spent, the catcher takes the error
        TestStateResponse caught = TestStates.run(request
                .stateConfiguration(new TestStateRequest.StateConfiguration(3, null, null, null)).build());
        assertThat(caught.status()).isEqualTo(TestStateStatus.CAUGHT_ERROR);
        assertThat(caught.nextState()).isEqualTo("NotifyFailure");
        assertThat(caught.output().get("Error").asText()).isEqualTo("Lambda.TooManyRequestsException");
        // end-snippet
    }

    @Test
    void oneStateOfAWholeMachine() throws Exception {
        // snippet:teststate-machine
        JsonNode machine = Json.parse(Files.readString(HELLO));     // a whole definition
        TestStateResponse response = TestStates.run(TestStateRequest.builder()
                .definition(machine)
                .stateName("ChargeCard")
                .input("{\"orderId\": \"o-1\", \"amount\": 250}")
                .mock(TestStateRequest.Mock.error("Lambda.ServiceException", "Internal error"))
                .build());

        assertThat(response.status()).isEqualTo(TestStateStatus.FAILED);
        assertThat(response.error()).isEqualTo("Lambda.ServiceException");
        // end-snippet
    }

    @Test
    void rejectedRequests() {
        // snippet:teststate-rejected
        TestStateRequest request = TestStateRequest.builder()
                .definition("{\"Type\": \"Pass\", \"End\": true}")
                .mock(TestStateRequest.Mock.result("{}"))
                .build();

        assertThatThrownBy(() -> TestStates.run(request))
                .isInstanceOf(TestStateException.class)
                .hasMessage("State type 'Pass' is not supported when a mock is specified")
                .extracting("code").isEqualTo("ValidationException");
        // end-snippet
    }
}
