package dev.sfntest.server;

import static dev.sfntest.server.ServerFixture.failure;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
                "HybridPath": {"LambdaState": "MockedLambdaSuccess"},
                "Misspelt": {"LambdaState": "MockedLambdaSuccess", "SqsState": "MockedSQSSuccess"}}}},
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
    void the_mock_report_names_each_unused_mock_and_each_task_no_mock_answered() throws Exception {
        String machine = server().create("LambdaSQSIntegration", MACHINE);
        String happy = fixture.start(machine + "#HappyPath", "happy", "{}");
        String misspelt = fixture.start(machine + "#Misspelt", "misspelt", "{}");
        fixture.awaitEnd(happy);
        fixture.awaitEnd(misspelt);

        HttpResponse<String> response = fixture.get("/_sfntest/mocks");
        List<String> lines = fixture.server.mockReport();

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode executions = Json.parse(response.body()).get("executions");
        assertThat(executions).hasSize(2);
        JsonNode clean = executions.get(0);
        assertThat(clean.get("executionArn").asText()).isEqualTo(happy);
        assertThat(clean.get("stateMachineArn").asText()).isEqualTo(machine);
        assertThat(clean.get("testCase").asText()).isEqualTo("HappyPath");
        assertThat(clean.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(clean.get("unusedMocks")).isEmpty();
        assertThat(clean.get("nearMisses")).isEmpty();
        JsonNode report = executions.get(1);
        assertThat(report.get("testCase").asText()).isEqualTo("Misspelt");
        assertThat(report.get("status").asText()).isEqualTo("FAILED");
        assertThat(report.get("unusedMocks")).hasSize(1);
        assertThat(report.get("unusedMocks").get(0).asText()).contains("SqsState");
        assertThat(report.get("nearMisses")).hasSize(1);
        assertThat(report.get("nearMisses").get(0).asText()).contains("SQSState").contains("SqsState")
                .endsWith("Mock it in the MockConfigFile: map the state to a response in the test case, and define "
                        + "the response, for example\n  {\"StateMachines\": {\"LambdaSQSIntegration\": {\"TestCases\": "
                        + "{\"Misspelt\": {\"SQSState\": \"SQSStateResponse\"}}}}, \"MockedResponses\": "
                        + "{\"SQSStateResponse\": {\"0\": {\"Return\": {}}}}}");
        assertThat(lines.get(0)).isEqualTo("Execution " + misspelt + " (test case 'Misspelt', FAILED):");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("  unused mock: ").contains("SqsState");
        assertThat(lines.get(2)).startsWith("  no mock answered: ").contains("SQSState");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ServerCommandLine.reportMocks(fixture.server, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("sfn-test server: what the MockConfigFile's test "
                + "cases left unused or unanswered:\n" + String.join("\n", lines) + "\n");
    }

    @Test
    void the_mock_report_is_empty_without_test_cases() throws Exception {
        String machine = server().create("LambdaSQSIntegration", MACHINE);
        fixture.awaitEnd(fixture.start(machine, "plain", "{}"));

        assertThat(Json.parse(fixture.get("/_sfntest/mocks").body())).isEqualTo(Json.parse("{\"executions\": []}"));
        assertThat(fixture.server.mockReport()).isEmpty();
    }

    @Test
    void an_unknown_test_case_is_refused_at_start() throws IOException {
        String machine = server().create("LambdaSQSIntegration", MACHINE);

        failure(() -> fixture.start(machine + "#Nope", "x", "{}"), "ValidationException", "MockConfigFile: The state "
                + "machine 'LambdaSQSIntegration' in the MockConfigFile has no test case 'Nope'; it has [HappyPath, "
                + "RetryPath, HybridPath, Misspelt]");
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
