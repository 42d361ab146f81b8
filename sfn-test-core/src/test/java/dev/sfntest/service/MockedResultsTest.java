package dev.sfntest.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.data.Json;
import dev.sfntest.mock.LambdaResponses;
import dev.sfntest.mock.ServiceResponses;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Mocked results against the operations' response shapes, with AWS TestState's wording: each
 * mismatch below is one that AWS's TestState API answered with this message (recorded in
 * ../shared/conformance/teststate, fieldValidationMode cases).
 */
class MockedResultsTest {

    static Optional<String> check(String resource, String result, FieldValidationMode mode) {
        return MockedResults.check(resource, Json.parse(result), mode).map(ShapeMismatch::message);
    }

    static Optional<String> strict(String resource, String result) {
        return check(resource, result, FieldValidationMode.STRICT);
    }

    @Nested
    class AwsRecordedMismatches {
        @Test
        void a_string_for_a_number() {
            // when / then
            assertThat(strict("arn:aws:states:::lambda:invoke", "{\"StatusCode\": \"200\"}"))
                    .contains("Field 'StatusCode' must be a number");
            assertThat(strict("arn:aws:states:::dynamodb:putItem", "{\"ConsumedCapacity\": {\"CapacityUnits\": \"123.45\"}}"))
                    .contains("Field 'CapacityUnits' must be a number");
        }

        @Test
        void an_array_where_a_string_belongs_in_the_second_element() {
            // when / then
            assertThat(strict("arn:aws:states:::events:putEvents",
                    "{\"Entries\": [{\"EventId\": \"a\"}, {\"EventId\": [\"b\"]}]}"))
                    .contains("Field 'EventId' must be a string");
            assertThat(strict("arn:aws:states:::events:putEvents", "{\"Entries\": \"not a list\"}"))
                    .contains("Field 'Entries' must be an array");
        }

        @Test
        void s3_results_are_checked_against_the_model_from_the_npm_aws_sdk() {
            // when / then
            assertThat(strict("arn:aws:states:::aws-sdk:s3:getObject", "{\"ContentLength\": \"9000\"}"))
                    .contains("Field 'ContentLength' must be a number");
            assertThat(strict("arn:aws:states:::aws-sdk:s3:listObjectsV2", "{\"Contents\": [{\"Key\": 1}]}"))
                    .contains("Field 'Key' must be a string");
            assertThat(strict("arn:aws:states:::aws-sdk:s3:getObject", "{\"ContentLength\": 9000, \"ETag\": \"x\"}"))
                    .isEmpty();
        }

        @Test
        void limits_and_enums() {
            // when / then
            assertThat(strict("arn:aws:states:::aws-sdk:kms:encrypt", "{\"CiphertextBlob\": \"\"}"))
                    .contains("Field 'CiphertextBlob' is smaller than the minimum length");
            assertThat(strict("arn:aws:states:::aws-sdk:kms:encrypt", "{\"CiphertextBlob\": 123}"))
                    .contains("Field 'CiphertextBlob' must be a string");
            assertThat(strict("arn:aws:states:::aws-sdk:lambda:getFunction", "{\"Configuration\": {\"MemorySize\": 127}}"))
                    .contains("Field 'MemorySize' is less than the minimum value");
            assertThat(strict("arn:aws:states:::aws-sdk:lambda:getFunction", "{\"Configuration\": {\"MemorySize\": 10241}}"))
                    .contains("Field 'MemorySize' exceeds the maximum value");
        }

        @Test
        void required_members_are_named_in_pascal_case() {
            // when / then
            assertThat(strict("arn:aws:states:::states:startExecution", "{}"))
                    .contains("Required field 'ExecutionArn' is missing");
            assertThat(strict("arn:aws:states:::states:startExecution",
                    "{\"executionArn\": \"arn\", \"startDate\": \"2025-01-01\"}"))
                    .contains("Required field 'ExecutionArn' is missing");
        }

        @Test
        void timestamps_are_strings() {
            // when / then
            assertThat(strict("arn:aws:states:::states:startExecution", "{\"ExecutionArn\": \"a\", \"StartDate\": true}"))
                    .contains("Field 'StartDate' must be a string");
            assertThat(strict("arn:aws:states:::states:startExecution",
                    "{\"ExecutionArn\": \"a\", \"StartDate\": 1764103483}"))
                    .contains("Field 'StartDate' must be a string");
        }

        @Test
        void members_the_api_does_not_have_are_accepted() {
            // when / then
            assertThat(strict("arn:aws:states:::events:putEvents", "{\"random\": \"json\"}")).isEmpty();
        }
    }

    @Nested
    class Modes {
        @Test
        void present_checks_only_the_members_given() {
            // when / then
            assertThat(check("arn:aws:states:::states:startExecution", "{}", FieldValidationMode.PRESENT)).isEmpty();
            assertThat(check("arn:aws:states:::states:startExecution", "{\"ExecutionArn\": 1764103483}",
                    FieldValidationMode.PRESENT)).contains("Field 'ExecutionArn' must be a string");
        }

        @Test
        void none_checks_nothing() {
            // when / then
            assertThat(check("arn:aws:states:::states:startExecution", "{\"StartDate\": true}",
                    FieldValidationMode.NONE)).isEmpty();
        }
    }

    @Nested
    class WhatIsNotChecked {
        @Test
        void lambda_function_arns_and_callbacks_return_what_they_return() {
            // when / then
            assertThat(strict("arn:aws:lambda:us-east-1:123456789012:function:f", "{\"StatusCode\": \"x\"}")).isEmpty();
            assertThat(strict("arn:aws:states:::sqs:sendMessage.waitForTaskToken", "{\"MessageId\": 1}")).isEmpty();
            assertThat(strict("${Placeholder}", "{\"x\": 1}")).isEmpty();
        }

        @Test
        void the_lambda_payload_and_the_sync_2_output_hold_any_json() {
            // when / then
            assertThat(strict("arn:aws:states:::lambda:invoke", "{\"Payload\": \"function output\", "
                    + "\"SdkHttpMetadata\": {\"HttpStatusCode\": 200}}")).isEmpty();
            assertThat(strict("arn:aws:states:::lambda:invoke", "{\"Payload\": [1, {\"a\": 2}], \"StatusCode\": 200}"))
                    .isEmpty();
        }
    }

    @Nested
    class TheMistakesUsersMake {
        @Test
        void a_lambda_invoke_result_without_its_envelope() {
            // when
            Optional<ShapeMismatch> mismatch = MockedResults.check("arn:aws:states:::lambda:invoke",
                    Json.emptyObject().put("charged", true), FieldValidationMode.STRICT);

            // then
            assertThat(mismatch).map(ShapeMismatch::message).contains("Required field 'Payload' is missing");
            assertThat(mismatch.orElseThrow().expected()).isEqualTo("the lambda:invoke envelope, {\"Payload\": "
                    + "<the function's result>, \"StatusCode\": 200, ...}; this result looks like the function's "
                    + "result alone (LambdaResponses.invoke(payload) wraps it)");
        }

        @Test
        void a_dynamodb_item_without_attribute_value_types() {
            // when
            Optional<ShapeMismatch> mismatch = MockedResults.check("arn:aws:states:::dynamodb:getItem",
                    ServiceResponses.dynamoDbGetItem(Json.emptyObject().put("pk", "order#42")),
                    FieldValidationMode.STRICT);

            // then
            assertThat(mismatch).contains(new ShapeMismatch("/Item/pk", "pk", "must be an object", "an object"));
        }

        @Test
        void the_project_own_response_builders_pass_strict() {
            // when / then
            assertThat(MockedResults.check("arn:aws:states:::lambda:invoke",
                    LambdaResponses.invoke(Json.emptyObject().put("ok", true)), FieldValidationMode.STRICT)).isEmpty();
            assertThat(MockedResults.check("arn:aws:states:::sqs:sendMessage", ServiceResponses.sqsSendMessage("hi"),
                    FieldValidationMode.STRICT)).isEmpty();
            assertThat(MockedResults.check("arn:aws:states:::sns:publish", ServiceResponses.snsPublish("hi"),
                    FieldValidationMode.STRICT)).isEmpty();
            assertThat(MockedResults.check("arn:aws:states:::events:putEvents", ServiceResponses.eventBridgePutEvents(2),
                    FieldValidationMode.STRICT)).isEmpty();
            assertThat(MockedResults.check("arn:aws:states:::states:startExecution.sync:2",
                    ServiceResponses.startExecutionSync2("arn:aws:states:us-east-1:123456789012:stateMachine:child",
                            Json.emptyObject(), Json.emptyObject().put("done", true)), FieldValidationMode.STRICT))
                    .isEmpty();
            assertThat(MockedResults.check("arn:aws:states:::states:startExecution.sync",
                    ServiceResponses.startExecutionSync("arn:aws:states:us-east-1:123456789012:stateMachine:child",
                            Json.emptyObject(), Json.emptyObject()), FieldValidationMode.STRICT)).isEmpty();
        }
    }
}
