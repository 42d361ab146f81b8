package dev.sfntest.asl;

import static dev.sfntest.asl.Diagnostic.error;
import static dev.sfntest.asl.Diagnostic.warning;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The validator's service-aware findings: resources, requests and error names against AWS's API models. */
class ServiceValidationTest {
    private static final String NOT_RECOGNIZED = " is not recognized. The value is not a valid resource ARN, or the "
            + "resource is not available in this region.";

    static List<Diagnostic> task(String fields) {
        return ValidatorTest.states("\"A\": {\"Type\": \"Task\", " + fields + ", \"End\": true}");
    }

    @Nested
    class Resources {
        @Test
        void an_integration_aws_does_not_recognise_is_an_error_at_the_resource() {
            // when
            List<Diagnostic> diagnostics = task("\"Resource\": \"arn:aws:states:::dynamodb:query\"");

            // then
            assertThat(diagnostics).containsExactly(error("UNKNOWN_RESOURCE", "/States/A/Resource",
                    "The resource provided arn:aws:states:::dynamodb:query" + NOT_RECOGNIZED + "; the optimized "
                            + "dynamodb integration supports getItem, putItem, updateItem, deleteItem (the AWS SDK "
                            + "integration has it: arn:aws:states:::aws-sdk:dynamodb:query)"));
        }

        @Test
        void a_misspelt_sdk_action_is_an_error() {
            // when
            List<Diagnostic> diagnostics = task("\"Resource\": \"arn:aws:states:::aws-sdk:sfn:startExecutions\"");

            // then
            assertThat(diagnostics).containsExactly(error("UNKNOWN_RESOURCE", "/States/A/Resource",
                    "The resource provided arn:aws:states:::aws-sdk:sfn:startExecutions" + NOT_RECOGNIZED
                            + "; 'sfn' has no action 'startExecutions'; did you mean 'startExecution'?"));
        }

        @Test
        void an_empty_lambda_qualifier_is_an_error() {
            // when
            List<Diagnostic> diagnostics = task("\"Resource\": \"arn:aws:lambda:us-east-1:123456789012:function:f:\"");

            // then
            assertThat(diagnostics).containsExactly(error("INVALID_RESOURCE", "/States/A/Resource",
                    "Value is not a valid resource ARN: 'arn:aws:lambda:us-east-1:123456789012:function:f:' has an "
                            + "empty qualifier after the function name; drop the trailing ':' or name a version or alias"));
        }

        @Test
        void an_undocumented_pattern_is_only_a_warning() {
            // when
            List<Diagnostic> diagnostics = task("\"Resource\": \"arn:aws:states:::sns:publish.sync\"");

            // then
            assertThat(diagnostics).containsExactly(warning("UNSUPPORTED_PATTERN", "/States/A/Resource",
                    "AWS documents sns:publish with request-response, .waitForTaskToken, not .sync"));
        }

        @Test
        void placeholders_and_known_resources_have_no_resource_findings() {
            // when / then
            assertThat(task("\"Resource\": \"arn:aws:states:::lambda:invoke\"")).isEmpty();
            assertThat(task("\"Resource\": \"arn:aws:states:::aws-sdk:ec2:describeInstances\"")).isEmpty();
            assertThat(task("\"Resource\": \"${ChargeArn}\"")).extracting(Diagnostic::code)
                    .containsExactly("UNSUBSTITUTED_PLACEHOLDER");
        }
    }

    @Nested
    class Requests {
        @Test
        void a_parameter_the_api_does_not_have_is_a_warning_with_a_did_you_mean() {
            // when
            List<Diagnostic> diagnostics = task("\"Resource\": \"arn:aws:states:::lambda:invoke\", "
                    + "\"Parameters\": {\"FunctionName\": \"f\", \"Qualifer.$\": \"$.v\"}");

            // then
            assertThat(diagnostics).containsExactly(warning("UNKNOWN_PARAMETER", "/States/A/Parameters/Qualifer.$",
                    "'Qualifer' is not a parameter of lambda Invoke; did you mean 'Qualifier'?; AWS fails the task "
                            + "when it runs: The field \"Qualifer\" is not supported by Step Functions"));
        }

        @Test
        void a_missing_required_parameter_is_a_warning() {
            // when
            List<Diagnostic> diagnostics = task("\"Resource\": \"arn:aws:states:::dynamodb:putItem\", "
                    + "\"Parameters\": {\"Item\": {\"pk\": {\"S\": \"1\"}}}");

            // then
            assertThat(diagnostics).containsExactly(warning("MISSING_PARAMETER", "/States/A/Parameters",
                    "dynamodb PutItem requires 'TableName'; AWS fails the task when it runs without it"));
        }

        @Test
        void a_literal_of_the_wrong_type_is_a_warning_at_its_pointer() {
            // when
            List<Diagnostic> diagnostics = task("\"Resource\": \"arn:aws:states:::dynamodb:putItem\", "
                    + "\"Parameters\": {\"TableName\": \"t\", \"Item\": {\"pk\": \"order#42\"}}");

            // then
            assertThat(diagnostics).containsExactly(warning("INVALID_PARAMETER", "/States/A/Parameters/Item/pk",
                    "'pk' of dynamodb PutItem must be an object, found \"order#42\""));
        }

        @Test
        void jsonata_arguments_are_checked_and_expressions_are_not_judged() {
            // when
            List<Diagnostic> diagnostics = ValidatorTest.states("\"A\": {\"Type\": \"Task\", \"QueryLanguage\": "
                    + "\"JSONata\", \"Resource\": \"arn:aws:states:::sqs:sendMessage\", \"Arguments\": "
                    + "{\"QueueUrl\": \"{% $states.input.q %}\", \"MessageBody\": {\"any\": \"json\"}, "
                    + "\"DelaySeconds\": \"soon\"}, \"End\": true}");

            // then
            assertThat(diagnostics).containsExactly(warning("INVALID_PARAMETER", "/States/A/Arguments/DelaySeconds",
                    "'DelaySeconds' of sqs SendMessage must be an integer, found \"soon\""));
        }
    }

    @Nested
    class ErrorNames {
        @Test
        void the_sdk_prefix_in_the_wrong_case_gets_a_did_you_mean() {
            // when
            List<Diagnostic> diagnostics = task("\"Resource\": \"arn:aws:states:::aws-sdk:dynamodb:transactWriteItems\", "
                    + "\"Parameters\": {\"TransactItems\": []}, \"Catch\": [{\"ErrorEquals\": "
                    + "[\"DynamoDB.TransactionCanceledException\"], \"Next\": \"A\"}]");

            // then
            assertThat(diagnostics).containsExactly(warning("UNKNOWN_ERROR_NAME", "/States/A/Catch/0/ErrorEquals/0",
                    "'DynamoDB.TransactionCanceledException' is not an error that "
                            + "aws-sdk:dynamodb:transactWriteItems raises; did you mean "
                            + "'DynamoDb.TransactionCanceledException'? (error names match exactly)"));
        }

        @Test
        void the_missing_exception_suffix_gets_a_did_you_mean() {
            // when
            List<Diagnostic> diagnostics = task("\"Resource\": \"arn:aws:states:::aws-sdk:sfn:startExecution\", "
                    + "\"Parameters\": {\"StateMachineArn\": \"arn\"}, \"Retry\": [{\"ErrorEquals\": "
                    + "[\"Sfn.ExecutionLimitExceeded\"]}]");

            // then
            assertThat(diagnostics).containsExactly(warning("UNKNOWN_ERROR_NAME", "/States/A/Retry/0/ErrorEquals/0",
                    "'Sfn.ExecutionLimitExceeded' is not an error that aws-sdk:sfn:startExecution raises; did you "
                            + "mean 'Sfn.ExecutionLimitExceededException'? (its errors are named "
                            + "'Sfn.<Name>Exception')"));
        }

        @Test
        void another_service_errors_can_never_be_raised() {
            // when
            List<Diagnostic> diagnostics = task("\"Resource\": \"arn:aws:states:::aws-sdk:sqs:sendMessage\", "
                    + "\"Parameters\": {\"QueueUrl\": \"q\", \"MessageBody\": \"m\"}, \"Retry\": "
                    + "[{\"ErrorEquals\": [\"Lambda.TooManyRequestsException\", \"Sqs.ThrottlingException\", "
                    + "\"States.TaskFailed\"]}]");

            // then: an undeclared Sqs error may still be raised (throttling is not in the model)
            assertThat(diagnostics).containsExactly(warning("UNKNOWN_ERROR_NAME", "/States/A/Retry/0/ErrorEquals/0",
                    "'Lambda.TooManyRequestsException' is not an error that aws-sdk:sqs:sendMessage raises: "
                            + "'Lambda.' errors come from another service; this task raises Sqs.* and States.* errors"));
        }

        @Test
        void lambda_functions_raise_their_own_error_types_so_only_near_misses_are_reported() {
            // when
            List<Diagnostic> diagnostics = task("\"Resource\": \"arn:aws:states:::lambda:invoke\", "
                    + "\"Parameters\": {\"FunctionName\": \"f\"}, \"Retry\": [{\"ErrorEquals\": "
                    + "[\"CardDeclined\", \"lambda.ServiceException\", \"Lambda.TooManyRequestException\"]}]");

            // then
            assertThat(diagnostics).containsExactly(
                    warning("UNKNOWN_ERROR_NAME", "/States/A/Retry/0/ErrorEquals/1", "'lambda.ServiceException' is not "
                            + "an error that lambda:invoke raises; did you mean 'Lambda.ServiceException'? (error "
                            + "names match exactly)"),
                    warning("UNKNOWN_ERROR_NAME", "/States/A/Retry/0/ErrorEquals/2", "'Lambda.TooManyRequestException' "
                            + "is not an error that lambda:invoke raises; did you mean "
                            + "'Lambda.TooManyRequestsException'?"));
        }
    }
}
