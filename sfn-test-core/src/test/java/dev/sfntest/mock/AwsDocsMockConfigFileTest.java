package dev.sfntest.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.Json;
import dev.sfntest.engine.Engine;
import dev.sfntest.engine.TaskHandler;
import dev.sfntest.engine.TaskOutcome;
import dev.sfntest.engine.UnmockedTaskException;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.ExecutionStatus;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The MockConfigFile example of AWS's "mocked service integrations" guide, with its state machine. */
class AwsDocsMockConfigFileTest {
    private static final JsonNode SQS_RESULT = MockFixture.json("{'MD5OfMessageBody': "
            + "'3bcb6e8e-7h85-4375-b0bc-1a59812c6e51', 'MessageId': '3bcb6e8e-8b51-4375-b0bc-1a59812c6e51'}");

    private static JsonNode resource(String name) {
        try (InputStream in = AwsDocsMockConfigFileTest.class.getResourceAsStream("aws-docs/" + name)) {
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MockedResponses testCase(String name) {
        return MockConfigFile.parse(resource("MockConfigFile.json")).testCase("LambdaSQSIntegration", name);
    }

    private static ExecutionResult run(TaskHandler handler) {
        StateMachine machine = Definitions.build(resource("LambdaSQSIntegration.asl.json"));
        return Engine.builder().taskHandler(handler).build().execute(machine, MockFixture.json("{'hello': 1}"));
    }

    @Nested
    class TestCases {
        @Test
        void happyPathReturnsTheMockedSqsResult() {
            ExecutionResult result = run(testCase("HappyPath"));
            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(result.output()).isEqualTo(SQS_RESULT);
            assertThat(result.duration()).isZero();
        }

        @Test
        void retryPathSucceedsOnTheFourthLambdaAttemptAfterTheBackoff() {
            // given: attempt 0 not ready, 1-2 time out, 3 returns; retries wait 2, 4 and 8 s
            TaskMocks mocks = TaskMocks.from(testCase("RetryPath"));
            // when
            ExecutionResult result = run(mocks);
            // then
            assertThat(result.output()).isEqualTo(SQS_RESULT);
            assertThat(result.duration()).isEqualTo(Duration.ofSeconds(14));
            assertThat(mocks.recorded().forState("LambdaState").list()).extracting(i -> i.outcome() instanceof
                    TaskOutcome.Failure f ? f.error() : "returned").containsExactly(
                    "Lambda.ResourceNotReadyException", "Lambda.TimeoutException", "Lambda.TimeoutException",
                    "returned");
            assertThat(mocks.recorded().forState("SQSState").inputs()).containsExactly(MockFixture.json(
                    "{'QueueUrl': 'https://sqs.us-east-1.amazonaws.com/123456789012/myQueue', 'MessageBody': "
                    + "{'StatusCode': 200, 'Payload': {'StatusCode': 200, 'body': 'Hello from Lambda!'}}}"));
        }

        @Test
        void hybridPathLeavesSqsUnmockedWhichStopsTheRunHere() {
            // Step Functions Local would call the real SQS; offline, the unmocked state is reported
            assertThatThrownBy(() -> run(TaskMocks.from(testCase("HybridPath"))))
                    .isInstanceOf(UnmockedTaskException.class)
                    .hasMessage("The Task state 'SQSState' (resource arn:aws:states:::sqs:sendMessage, attempt 0) has "
                            + "no mocked response.\n"
                            + "  input: {\"QueueUrl\":\"https://sqs.us-east-1.amazonaws.com/123456789012/myQueue\","
                            + "\"MessageBody\":{\"StatusCode\":200,\"Payload\":{\"StatusCode\":200,"
                            + "\"body\":\"Hello from Lambda!\"}}}\n"
                            + "  no mock is close; the mocks are [TaskMock for state 'LambdaState']\n"
                            + "  Mock it with TaskMocks.forState(\"SQSState\").returns(...)");
        }
    }

    @Nested
    class RoundTrip {
        @Test
        void aTestCaseReadAsMocksExportsToTheSameScripts() {
            JsonNode exported = TaskMocks.from(testCase("RetryPath")).toMockedResponses();
            JsonNode file = resource("MockConfigFile.json").get("MockedResponses");
            assertThat(exported).isEqualTo(Json.mapper().createObjectNode()
                    .<ObjectNode>set("LambdaState", file.get("MockedLambdaRetry"))
                    .set("SQSState", file.get("MockedSQSSuccess")));
        }
    }
}
