package dev.sfntest.server;

import static dev.sfntest.server.ServerFixture.failure;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/** Step Functions Local's MockConfigFile and {@code stateMachineArn#TestCaseName}, as its docs show them. */
class MockConfigTest {
    static final String MACHINE = """
            {"StartAt": "LambdaState", "States": {
              "LambdaState": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "HelloWorld"},
                "Retry": [{"ErrorEquals": ["Lambda.ResourceNotReadyException"], "IntervalSeconds": 3600, "MaxAttempts": 3}],
                "Next": "SQSState"},
              "SQSState": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage",
                "Parameters": {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q", "MessageBody.$": "$"},
                "End": true}}}""";
    static final String MOCKS = """
            {"StateMachines": {"LambdaSQSIntegration": {"TestCases": {
                "HappyPath": {"LambdaState": "MockedLambdaSuccess", "SQSState": "MockedSQSSuccess"},
                "RetryPath": {"LambdaState": "MockedLambdaRetry", "SQSState": "MockedSQSSuccess"},
                "HybridPath": {"LambdaState": "MockedLambdaSuccess"}}}},
             "MockedResponses": {
                "MockedLambdaSuccess": {"0": {"Return": {"StatusCode": 200, "Payload": {"body": "Hello from Lambda!"}}}},
                "MockedSQSSuccess": {"0": {"Return": {"MD5OfMessageBody": "3bcb", "MessageId": "3bcb6e8e"}}},
                "MockedLambdaRetry": {
                  "0": {"Throw": {"Error": "Lambda.ResourceNotReadyException", "Cause": "Lambda resource is not ready."}},
                  "1-2": {"Throw": {"Error": "Lambda.TimeoutException", "Cause": "Lambda timed out."}},
                  "3": {"Return": {"StatusCode": 200, "Payload": {"body": "late"}}}}}}""";

    @TempDir
    Path dir;
    ServerFixture fixture;

    ServerFixture server() throws IOException {
        Path file = dir.resolve("MockConfigFile.json");
        Files.writeString(file, MOCKS);
        fixture = new ServerFixture(builder -> builder.mockConfig(file));
        return fixture;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void the_happy_path_test_case_answers_both_tasks() throws IOException {
        String machine = server().create("LambdaSQSIntegration", MACHINE);

        String arn = fixture.start(machine + "#HappyPath", "happy", "{}");

        DescribeExecutionResponse described = fixture.awaitEnd(arn);
        assertThat(arn).endsWith(":execution:LambdaSQSIntegration:happy");
        assertThat(described.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(described.output()).isEqualTo("{\"MD5OfMessageBody\":\"3bcb\",\"MessageId\":\"3bcb6e8e\"}");
    }

    @Test
    void the_retry_path_retries_at_once_on_the_virtual_clock_then_fails_on_an_unretried_error() throws IOException {
        String machine = server().create("LambdaSQSIntegration", MACHINE);

        String arn = fixture.start(machine + "#RetryPath", "retry", "{}");

        DescribeExecutionResponse described = fixture.awaitEnd(arn);
        assertThat(described.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(described.error()).isEqualTo("Lambda.TimeoutException");
        assertThat(fixture.history(arn)).filteredOn(e -> e.type() == HistoryEventType.TASK_FAILED).hasSize(2);
        assertThat(described.stopDate()).isEqualTo("2025-01-01T01:00:00Z");
    }

    @Test
    void the_hybrid_path_fails_the_unmocked_state_with_a_clear_cause() throws IOException {
        String machine = server().create("LambdaSQSIntegration", MACHINE);

        DescribeExecutionResponse described = fixture.awaitEnd(fixture.start(machine + "#HybridPath", "hybrid", "{}"));

        assertThat(described.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(described.cause()).isEqualTo("The Task state 'SQSState' (resource arn:aws:states:::sqs:sendMessage, "
                + "attempt 0) has no mocked response in the test case 'HybridPath' of the MockConfigFile, and the "
                + "sfn-test server calls no AWS service.");
    }

    @Test
    void an_unknown_test_case_is_refused_at_start() throws IOException {
        String machine = server().create("LambdaSQSIntegration", MACHINE);

        failure(() -> fixture.start(machine + "#Nope", "x", "{}"), "ValidationException", "MockConfigFile: The state "
                + "machine 'LambdaSQSIntegration' in the MockConfigFile has no test case 'Nope'; it has [HappyPath, "
                + "RetryPath, HybridPath]");
    }

    @Test
    void a_test_case_without_a_mock_file_is_refused() {
        fixture = new ServerFixture();
        String machine = fixture.create("LambdaSQSIntegration", MACHINE);

        failure(() -> fixture.start(machine + "#HappyPath", "x", "{}"), "ValidationException", "The state machine ARN "
                + "names the test case 'HappyPath', but the sfn-test server has no MockConfigFile (--mock-config FILE "
                + "or SFN_MOCK_CONFIG)");
    }
}
