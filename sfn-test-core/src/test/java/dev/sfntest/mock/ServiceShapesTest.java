package dev.sfntest.mock;

import static dev.sfntest.mock.MockFixture.INVOKE;
import static dev.sfntest.mock.MockFixture.json;
import static dev.sfntest.mock.MockFixture.run;
import static dev.sfntest.mock.MockFixture.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.TaskOutcome;
import dev.sfntest.history.ExecutionResult;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ServiceShapesTest {
    private static final String FUNCTION = "arn:aws:lambda:us-east-1:123456789012:function:charge";

    @Nested
    class Lambda {
        @Test
        void invokeWrapsThePayloadAsTheOptimizedIntegrationReturnsIt() {
            String requestId = SdkMetadata.id("lambda:invoke {\"ok\":true}");
            assertThat(LambdaResponses.invoke(json("{'ok': true}"))).isEqualTo(json("{'ExecutedVersion': '$LATEST',"
                    + " 'Payload': {'ok': true}, 'SdkHttpMetadata': {'AllHttpHeaders': {'Connection': ['keep-alive'],"
                    + " 'Content-Length': ['11'], 'Content-Type': ['application/json'], 'X-Amz-Executed-Version':"
                    + " ['$LATEST'], 'x-amzn-Remapped-Content-Length': ['0'], 'x-amzn-RequestId': ['" + requestId
                    + "']}, 'HttpHeaders': {'Connection': 'keep-alive', 'Content-Length': '11', 'Content-Type':"
                    + " 'application/json', 'X-Amz-Executed-Version': '$LATEST', 'x-amzn-Remapped-Content-Length':"
                    + " '0', 'x-amzn-RequestId': '" + requestId + "'}, 'HttpStatusCode': 200},"
                    + " 'SdkResponseMetadata': {'RequestId': '" + requestId + "'}, 'StatusCode': 200}"));
        }

        @Test
        void aResultSelectorOnPayloadSeesThePayload() {
            String definition = task("Charge", INVOKE, ", 'ResultSelector': {'charged.$': '$.Payload.ok'}");
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Charge").returns(LambdaResponses.invoke(
                    json("{'ok': true}"))));
            assertThat(run(definition, "{}", mocks).output()).isEqualTo(json("{'charged': true}"));
        }

        @Test
        void theShapeFollowsTheResource() {
            assertThat(LambdaResponses.forResource(FUNCTION, json("{'ok': 1}"))).isEqualTo(json("{'ok': 1}"));
            assertThat(LambdaResponses.forResource(INVOKE, json("1")).get("StatusCode").intValue()).isEqualTo(200);
            assertThatThrownBy(() -> LambdaResponses.forResource("arn:aws:states:::sqs:sendMessage", json("1")))
                    .hasMessage("The resource arn:aws:states:::sqs:sendMessage is neither "
                            + "arn:aws:states:::lambda:invoke nor a Lambda function ARN "
                            + "(arn:aws:lambda:REGION:ACCOUNT:function:NAME)");
        }
    }

    @Nested
    class OtherServices {
        @Test
        void sqsSendMessageCarriesTheMd5OfTheBody() {
            assertThat(ServiceResponses.sqsSendMessage("hello").get("MD5OfMessageBody").textValue())
                    .isEqualTo("5d41402abc4b2a76b9719d911017c592");
            assertThat(ServiceResponses.sqsSendMessage("hello").get("MessageId").textValue())
                    .isEqualTo(SdkMetadata.id("sqs hello"));
        }

        @Test
        void snsDynamoDbAndEventBridgeHaveTheirFields() {
            assertThat(ServiceResponses.snsPublish("m").has("MessageId")).isTrue();
            assertThat(ServiceResponses.dynamoDbGetItem(json("{'pk': {'S': 'a'}}")).get("Item"))
                    .isEqualTo(json("{'pk': {'S': 'a'}}"));
            assertThat(ServiceResponses.dynamoDbGetItem((JsonNode) null).has("Item")).isFalse();
            assertThat(ServiceResponses.eventBridgePutEvents(2)).isEqualTo(json("{'Entries': [{'EventId': '"
                    + SdkMetadata.id("events 0") + "'}, {'EventId': '" + SdkMetadata.id("events 1") + "'}],"
                    + " 'FailedEntryCount': 0}"));
        }

        @Test
        void startExecutionSyncGivesOutputAsTextAndSync2AsJson() {
            String machine = "arn:aws:states:us-east-1:123456789012:stateMachine:Child";
            assertThat(ServiceResponses.startExecutionSync(machine, json("{}"), json("{'a': 1}")).get("Output"))
                    .isEqualTo(json("'{\\\"a\\\":1}'".replace('\'', '"')));
            assertThat(ServiceResponses.startExecutionSync2(machine, json("{}"), json("{'a': 1}")).get("Output"))
                    .isEqualTo(json("{'a': 1}"));
            assertThat(ServiceResponses.startExecutionSync(machine, json("{}"), json("1")).get("ExecutionArn")
                    .textValue()).startsWith("arn:aws:states:us-east-1:123456789012:execution:Child:");
        }

        @Test
        void startExecutionSyncTakesItsInputAndOutputAsJsonText() {
            String machine = "arn:aws:states:us-east-1:123456789012:stateMachine:Child";
            assertThat(ServiceResponses.startExecutionSync(machine, "{\"id\": 7}", "{\"a\": 1}"))
                    .isEqualTo(ServiceResponses.startExecutionSync(machine, json("{'id': 7}"), json("{'a': 1}")));
            assertThat(ServiceResponses.startExecutionSync2(machine, "{\"id\": 7}", "[1, 2]").get("Output"))
                    .isEqualTo(json("[1, 2]"));
        }
    }

    @Nested
    class Errors {
        @Test
        void lambdaServiceErrorsCarryAwsNamesAndCauses() {
            assertThat(AwsErrors.lambdaTooManyRequests()).isEqualTo(TaskOutcome.failure(
                    "Lambda.TooManyRequestsException", "Rate Exceeded. (Service: AWSLambda; Status Code: 429; Error "
                    + "Code: TooManyRequestsException; Request ID: " + SdkMetadata.id("lambda error "
                    + "TooManyRequestsException") + "; Proxy: null)"));
            assertThat(AwsErrors.lambdaServiceException().error()).isEqualTo("Lambda.ServiceException");
            assertThat(AwsErrors.lambdaAwsLambdaException().error()).isEqualTo("Lambda.AWSLambdaException");
            assertThat(AwsErrors.lambdaSdkClientException().error()).isEqualTo("Lambda.SdkClientException");
            assertThat(AwsErrors.awsSdk("S3", "NoSuchKeyException", "gone").error()).isEqualTo("S3.NoSuchKeyException");
        }

        @Test
        void throttlesAreRetriedAndAFunctionErrorIsCaughtWithItsCause() {
            // given
            String definition = "{'StartAt': 'Charge', 'States': {'Charge': {'Type': 'Task', 'Resource': '" + INVOKE
                    + "', 'Retry': [{'ErrorEquals': ['Lambda.TooManyRequestsException'], 'MaxAttempts': 2}],"
                    + " 'Catch': [{'ErrorEquals': ['CardDeclined'], 'Next': 'Declined'}], 'End': true},"
                    + " 'Declined': {'Type': 'Pass', 'End': true}}}";
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Charge").throwsError(AwsErrors.lambdaTooManyRequests())
                    .times(2).thenThrowsError(AwsErrors.lambdaFunctionError("CardDeclined", "no funds")));
            // when
            ExecutionResult result = run(definition, "{}", mocks);
            // then
            assertThat(result.output()).isEqualTo(json("{'Error': 'CardDeclined', 'Cause': "
                    + "'{\\\"errorMessage\\\":\\\"no funds\\\",\\\"errorType\\\":\\\"CardDeclined\\\",\\\"stackTrace\\\":[]}'}"
                    .replace('\'', '"')));
        }
    }
}
