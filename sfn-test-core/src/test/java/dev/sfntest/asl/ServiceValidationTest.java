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
}
