package dev.sfntest.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.service.TaskResource.Kind;
import dev.sfntest.service.TaskResource.Pattern;
import dev.sfntest.service.TaskResources.Finding;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every kind of Task resource resolved to its service operation, and what AWS refuses. */
class TaskResourcesTest {
    private static final String NOT_RECOGNIZED = " is not recognized. The value is not a valid resource ARN, or the "
            + "resource is not available in this region.";

    static TaskResources.Resolution resolve(String arn) {
        return TaskResources.resolve(arn, ServiceModels.standard());
    }

    @Nested
    class OptimizedIntegrations {
        @Test
        void a_request_response_integration_names_the_sdk_operation() {
            // when
            TaskResources.Resolution resolution = resolve("arn:aws:states:::dynamodb:putItem");

            // then
            assertThat(resolution.findings()).isEmpty();
            assertThat(resolution.resource()).isEqualTo(new TaskResource("arn:aws:states:::dynamodb:putItem",
                    Kind.OPTIMIZED, "dynamodb", "PutItem", Pattern.REQUEST_RESPONSE, "DynamoDB"));
        }

        @Test
        void patterns_are_read_from_the_suffix() {
            // when / then
            assertThat(resolve("arn:aws:states:::states:startExecution.sync:2").resource().pattern())
                    .isEqualTo(Pattern.SYNC_2);
            assertThat(resolve("arn:aws:states:::states:startExecution.sync").resource().pattern())
                    .isEqualTo(Pattern.SYNC);
            assertThat(resolve("arn:aws:states:::sqs:sendMessage.waitForTaskToken").resource())
                    .extracting(TaskResource::service, TaskResource::operation, TaskResource::pattern)
                    .containsExactly("sqs", "SendMessage", Pattern.WAIT_FOR_TASK_TOKEN);
        }

        @Test
        void events_and_bedrock_map_to_their_sdk_services() {
            // when / then
            assertThat(resolve("arn:aws:states:::events:putEvents").resource().service()).isEqualTo("eventbridge");
            assertThat(resolve("arn:aws:states:::bedrock:invokeModel").resource().service())
                    .isEqualTo("bedrockruntime");
            assertThat(resolve("arn:aws:states:::elasticmapreduce:addStep.sync").resource().service())
                    .isEqualTo("emr");
        }

        @Test
        void http_and_api_gateway_resolve_without_an_sdk_operation() {
            // when
            TaskResource http = resolve("arn:aws:states:::http:invoke").resource();

            // then
            assertThat(http.kind()).isEqualTo(Kind.OPTIMIZED);
            assertThat(http.hasOperation()).isFalse();
        }

        @Test
        void an_action_aws_does_not_offer_is_refused_with_the_sdk_alternative() {
            // when
            TaskResources.Resolution resolution = resolve("arn:aws:states:::dynamodb:query");

            // then
            assertThat(resolution.resource().kind()).isEqualTo(Kind.UNRESOLVED);
            assertThat(resolution.findings()).containsExactly(new Finding(true, "UNKNOWN_RESOURCE",
                    "The resource provided arn:aws:states:::dynamodb:query" + NOT_RECOGNIZED + "; the optimized "
                            + "dynamodb integration supports getItem, putItem, updateItem, deleteItem (the AWS SDK "
                            + "integration has it: arn:aws:states:::aws-sdk:dynamodb:query)"));
        }

        @Test
        void a_misspelt_action_gets_a_did_you_mean() {
            // when
            TaskResources.Resolution resolution = resolve("arn:aws:states:::lambda:invokeFunction");

            // then
            assertThat(resolution.findings()).extracting(Finding::message).containsExactly(
                    "The resource provided arn:aws:states:::lambda:invokeFunction" + NOT_RECOGNIZED
                            + "; the optimized lambda integration supports invoke");
        }

        @Test
        void an_unknown_service_points_to_the_sdk_integration_when_it_is_an_sdk_service() {
            // when
            TaskResources.Resolution resolution = resolve("arn:aws:states:::kms:encrypt");

            // then
            assertThat(resolution.findings()).extracting(Finding::message).containsExactly(
                    "The resource provided arn:aws:states:::kms:encrypt" + NOT_RECOGNIZED
                            + "; for the AWS SDK integration write arn:aws:states:::aws-sdk:kms:encrypt");
        }

        @Test
        void a_misspelt_service_gets_a_did_you_mean() {
            // when
            TaskResources.Resolution resolution = resolve("arn:aws:states:::dynamdb:putItem");

            // then
            assertThat(resolution.findings()).extracting(Finding::message).containsExactly(
                    "The resource provided arn:aws:states:::dynamdb:putItem" + NOT_RECOGNIZED
                            + "; 'dynamdb' is not an optimized integration; did you mean 'dynamodb'?");
        }

        @Test
        void an_undocumented_pattern_is_a_warning() {
            // when
            TaskResources.Resolution resolution = resolve("arn:aws:states:::dynamodb:putItem.sync");

            // then
            assertThat(resolution.resource().operation()).isEqualTo("PutItem");
            assertThat(resolution.findings()).containsExactly(new Finding(false, "UNSUPPORTED_PATTERN",
                    "AWS documents dynamodb:putItem with request-response, not .sync"));
        }

        @Test
        void an_unknown_suffix_is_refused() {
            // when
            TaskResources.Resolution resolution = resolve("arn:aws:states:::lambda:invoke.waitForToken");

            // then
            assertThat(resolution.findings()).extracting(Finding::message).containsExactly(
                    "The resource provided arn:aws:states:::lambda:invoke.waitForToken" + NOT_RECOGNIZED
                            + "; the integration pattern '.waitForToken' is none of .sync, .sync:2, .waitForTaskToken");
        }
    }

    @Nested
    class AwsSdkIntegrations {
        @Test
        void the_camel_case_action_names_the_pascal_case_operation_and_the_sdk_error_prefix() {
            // when
            TaskResources.Resolution resolution = resolve("arn:aws:states:::aws-sdk:dynamodb:transactWriteItems");

            // then
            assertThat(resolution.findings()).isEmpty();
            assertThat(resolution.resource()).isEqualTo(new TaskResource(
                    "arn:aws:states:::aws-sdk:dynamodb:transactWriteItems", Kind.AWS_SDK, "dynamodb",
                    "TransactWriteItems", Pattern.REQUEST_RESPONSE, "DynamoDb"));
        }

        @Test
        void service_names_follow_the_sdk_client_names() {
            // when / then
            assertThat(resolve("arn:aws:states:::aws-sdk:sfn:startSyncExecution").resource().errorPrefix())
                    .isEqualTo("Sfn");
            assertThat(resolve("arn:aws:states:::aws-sdk:cloudwatchlogs:putLogEvents").resource().errorPrefix())
                    .isEqualTo("CloudWatchLogs");
            assertThat(resolve("arn:aws:states:::aws-sdk:acmpca:deleteCertificateAuthority").resource()
                    .errorPrefix()).isEqualTo("AcmPca");
        }

        @Test
        void a_region_and_account_in_the_states_arn_are_accepted() {
            // when
            TaskResources.Resolution resolution = resolve("arn:aws:states:us-east-1:123456789012:aws-sdk:s3:getObject");

            // then
            assertThat(resolution.findings()).isEmpty();
            assertThat(resolution.resource().kind()).isEqualTo(Kind.AWS_SDK);
        }

        @Test
        void s3_actions_are_those_of_its_model() {
            // when
            TaskResources.Resolution resolution = resolve("arn:aws:states:::aws-sdk:s3:getObjectAttributes");

            // then
            assertThat(resolution.findings()).isEmpty();
            assertThat(resolution.resource().operation()).isEqualTo("GetObjectAttributes");
            assertThat(resolve("arn:aws:states:::aws-sdk:s3:getObjekt").findings()).extracting(Finding::message)
                    .containsExactly("The resource provided arn:aws:states:::aws-sdk:s3:getObjekt" + NOT_RECOGNIZED
                            + "; 's3' has no action 'getObjekt'; did you mean 'getObject'?");
        }

        @Test
        void a_misspelt_action_is_refused_with_a_did_you_mean() {
            // when
            TaskResources.Resolution resolution = resolve("arn:aws:states:::aws-sdk:dynamodb:transactWriteItem");

            // then
            assertThat(resolution.findings()).containsExactly(new Finding(true, "UNKNOWN_RESOURCE",
                    "The resource provided arn:aws:states:::aws-sdk:dynamodb:transactWriteItem" + NOT_RECOGNIZED
                            + "; 'dynamodb' has no action 'transactWriteItem'; did you mean 'transactWriteItems'?"));
        }

        @Test
        void a_misspelt_service_is_refused_with_a_did_you_mean() {
            // when
            TaskResources.Resolution resolution = resolve("arn:aws:states:::aws-sdk:dynamo:scan");

            // then
            assertThat(resolution.findings()).extracting(Finding::message).containsExactly(
                    "The resource provided arn:aws:states:::aws-sdk:dynamo:scan" + NOT_RECOGNIZED
                            + "; 'dynamo' is not an AWS SDK service name; did you mean 'dynamodb'?");
        }

        @Test
        void sync_is_refused_for_the_sdk_integration() {
            // when
            TaskResources.Resolution resolution = resolve("arn:aws:states:::aws-sdk:glue:startJobRun.sync");

            // then
            assertThat(resolution.findings()).extracting(Finding::message).containsExactly(
                    "The resource provided arn:aws:states:::aws-sdk:glue:startJobRun.sync" + NOT_RECOGNIZED
                            + "; AWS SDK integrations support request-response and .waitForTaskToken, not .sync");
        }

        @Test
        void a_pascal_case_action_is_a_warning() {
            // when
            TaskResources.Resolution resolution = resolve("arn:aws:states:::aws-sdk:sqs:SendMessage");

            // then
            assertThat(resolution.resource().operation()).isEqualTo("SendMessage");
            assertThat(resolution.findings()).containsExactly(new Finding(false, "RESOURCE_CASING",
                    "AWS SDK actions are written in camelCase: 'sendMessage', not 'SendMessage'"));
        }
    }

    @Nested
    class LambdaFunctionsAndActivities {
        @Test
        void function_arns_with_and_without_qualifiers_resolve() {
            // when / then
            for (String arn : new String[] {"arn:aws:lambda:us-east-1:123456789012:function:charge",
                    "arn:aws:lambda:us-east-1:123456789012:function:charge:$LATEST",
                    "arn:aws:lambda:us-east-1:123456789012:function:charge:7",
                    "arn:aws:lambda:us-east-1:123456789012:function:charge:live"}) {
                TaskResources.Resolution resolution = resolve(arn);
                assertThat(resolution.findings()).as(arn).isEmpty();
                assertThat(resolution.resource().kind()).isEqualTo(Kind.LAMBDA_FUNCTION);
            }
        }

        @Test
        void an_empty_qualifier_is_refused() {
            // when
            TaskResources.Resolution resolution = resolve("arn:aws:lambda:us-east-1:123456789012:function:charge:");

            // then
            assertThat(resolution.findings()).containsExactly(new Finding(true, "INVALID_RESOURCE",
                    "Value is not a valid resource ARN: 'arn:aws:lambda:us-east-1:123456789012:function:charge:' has "
                            + "an empty qualifier after the function name; drop the trailing ':' or name a version or alias"));
        }

        @Test
        void a_malformed_qualifier_is_refused() {
            // when
            TaskResources.Resolution resolution = resolve("arn:aws:lambda:us-east-1:123456789012:function:charge:v 1");

            // then
            assertThat(resolution.findings()).extracting(Finding::message).containsExactly(
                    "Value is not a valid resource ARN: 'arn:aws:lambda:us-east-1:123456789012:function:charge:v 1' has "
                            + "the qualifier 'v 1', which is neither a version number, $LATEST nor an alias name; drop "
                            + "the trailing ':' or name a version or alias");
        }

        @Test
        void an_activity_resolves() {
            // when
            TaskResources.Resolution resolution = resolve("arn:aws:states:us-east-1:123456789012:activity:approve");

            // then
            assertThat(resolution.findings()).isEmpty();
            assertThat(resolution.resource().kind()).isEqualTo(Kind.ACTIVITY);
        }
    }

    @Nested
    class MalformedArns {
        @Test
        void a_bare_name_is_not_an_arn() {
            // when
            TaskResources.Resolution resolution = resolve("create");

            // then
            assertThat(resolution.findings()).containsExactly(new Finding(true, "INVALID_RESOURCE",
                    "Value is not a valid resource ARN: 'create' (a Task's Resource is arn:aws:states:::<service>:"
                            + "<action>, arn:aws:states:::aws-sdk:<service>:<action>, a Lambda function ARN or an "
                            + "activity ARN)"));
        }

        @Test
        void another_service_arn_is_not_a_task_resource() {
            // when
            TaskResources.Resolution resolution = resolve("arn:aws:sqs:us-east-1:123456789012:orders");

            // then
            assertThat(resolution.findings()).extracting(Finding::message).containsExactly(
                    "The resource provided arn:aws:sqs:us-east-1:123456789012:orders" + NOT_RECOGNIZED);
        }

        @Test
        void a_placeholder_in_the_partition_still_resolves() {
            // when
            TaskResources.Resolution resolution = resolve("arn:${AWS::Partition}:states:::lambda:invoke");

            // then
            assertThat(resolution.findings()).isEmpty();
            assertThat(resolution.resource().operation()).isEqualTo("Invoke");
            assertThat(resolution.resource().arn()).isEqualTo("arn:${AWS::Partition}:states:::lambda:invoke");
        }

        @Test
        void a_placeholder_is_left_unresolved_without_findings() {
            // when
            TaskResources.Resolution resolution = resolve("${ChargeFunctionArn}");

            // then
            assertThat(resolution.findings()).isEmpty();
            assertThat(resolution.resource().kind()).isEqualTo(Kind.UNRESOLVED);
        }
    }
}
