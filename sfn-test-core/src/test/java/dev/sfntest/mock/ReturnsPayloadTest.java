package dev.sfntest.mock;

import static dev.sfntest.mock.MockFixture.INVOKE;
import static dev.sfntest.mock.MockFixture.json;
import static dev.sfntest.mock.MockFixture.runChecked;
import static dev.sfntest.mock.MockFixture.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.history.ExecutionResult;
import org.junit.jupiter.api.Test;

class ReturnsPayloadTest {
    private static final String CHARGE = task("Charge", INVOKE, ", 'Parameters': {'FunctionName': 'charge'}, "
            + "'Retry': [{'ErrorEquals': ['States.ALL'], 'MaxAttempts': 1, 'IntervalSeconds': 1}]");

    @Test
    void lambdaInvokeGetsThePayloadInAwssEnvelope() {
        TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Charge").returnsPayload("{\"charged\": true}"));
        ExecutionResult result = runChecked(CHARGE, "{}", mocks);
        assertThat(result.output()).isEqualTo(LambdaResponses.invoke(json("{'charged': true}")));
        assertThat(result.output().get("StatusCode").asInt()).isEqualTo(200);
        assertThat(result.output().get("ExecutedVersion").asText()).isEqualTo("$LATEST");
    }

    @Test
    void thenReturnsPayloadWrapsTheNextResponse() {
        TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Charge").throwsError("Lambda.ServiceException", "down")
                .thenReturnsPayload(json("[1, 2]")));
        ExecutionResult result = runChecked(CHARGE, "{}", mocks);
        assertThat(result.output().get("Payload")).isEqualTo(json("[1, 2]"));
    }

    @Test
    void aFunctionArnGetsThePayloadItself() {
        String arn = "arn:aws:lambda:us-east-1:123456789012:function:charge";
        TaskMocks mocks = TaskMocks.of(TaskMocks.forResource(arn).returnsPayload(json("{'charged': 1}")));
        assertThat(runChecked(task("Charge", arn, ""), "{}", mocks).output()).isEqualTo(json("{'charged': 1}"));
    }

    @Test
    void aStateMockOnAnotherResourceFailsWhenItAnswers() {
        TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Send").returnsPayload(json("{}")));
        assertThatThrownBy(() -> runChecked(task("Send", "arn:aws:states:::sqs:sendMessage",
                ", 'Parameters': {'QueueUrl': 'q', 'MessageBody': 'm'}"), "{}", mocks))
                .isInstanceOf(InvalidMockException.class)
                .hasMessage("TaskMock for state 'Send' answers with returnsPayload(...), which wraps a Lambda "
                        + "function's payload, but the Task state 'Send' calls arn:aws:states:::sqs:sendMessage (not "
                        + "arn:aws:states:::lambda:invoke or a Lambda function ARN); give the whole result with "
                        + "returns(...)");
    }

    @Test
    void aResourceMockOnAnotherResourceIsRefusedAtOnce() {
        assertThatThrownBy(() -> TaskMocks.forResource("arn:aws:states:::sns:publish").returnsPayload("{}"))
                .isInstanceOf(InvalidMockException.class)
                .hasMessage("TaskMock for resource 'arn:aws:states:::sns:publish' answers with returnsPayload(...), "
                        + "which wraps a Lambda function's payload, but arn:aws:states:::sns:publish is neither "
                        + "arn:aws:states:::lambda:invoke nor a Lambda function ARN; give the whole result with "
                        + "returns(...)");
    }

    @Test
    void aPayloadThatIsNotJsonIsReportedWithItsPlace() {
        assertThatThrownBy(() -> TaskMocks.forState("Charge").returnsPayload("{'a': 1}"))
                .isInstanceOf(InvalidMockException.class)
                .hasMessageStartingWith("TaskMock for state 'Charge' returns text that is not JSON: ");
    }

    @Test
    void aPayloadResponseCannotBeExportedToAMockConfigFile() {
        TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Charge").returnsPayload("{}"));
        assertThatThrownBy(mocks::toMockedResponses)
                .isInstanceOf(InvalidMockException.class)
                .hasMessage("TaskMock for state 'Charge' cannot be exported to a MockConfigFile: response 0 is a "
                        + "Lambda payload (returnsPayload(...)), whose shape depends on the Task's resource; write "
                        + "returns(LambdaResponses.invoke(...)) instead");
    }
}
