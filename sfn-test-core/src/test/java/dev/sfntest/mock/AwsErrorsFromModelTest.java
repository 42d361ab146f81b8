package dev.sfntest.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.engine.TaskOutcome;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link AwsErrors#forResource}: the errors a Task declares, named from its API model. */
class AwsErrorsFromModelTest {

    @Nested
    class Declared {
        @Test
        void an_sdk_task_declares_its_operation_errors_with_the_sdk_prefix_and_suffix() {
            // when
            var names = AwsErrors.forResource("arn:aws:states:::aws-sdk:dynamodb:transactWriteItems").stream()
                    .map(TaskOutcome.Failure::error).toList();

            // then
            assertThat(names).contains("DynamoDb.TransactionCanceledException",
                    "DynamoDb.RequestLimitExceededException", "DynamoDb.InternalServerErrorException");
        }

        @Test
        void one_declared_error_has_a_cause_in_the_sdk_form() {
            // when
            TaskOutcome.Failure failure = AwsErrors.forResource("arn:aws:states:::lambda:invoke",
                    "Lambda.TooManyRequestsException");

            // then
            assertThat(failure.error()).isEqualTo("Lambda.TooManyRequestsException");
            assertThat(failure.cause()).startsWith("TooManyRequestsException (Service: Lambda; Status Code: 400; "
                    + "Error Code: TooManyRequestsException; Request ID: ");
        }

        @Test
        void a_name_the_operation_does_not_declare_is_refused_with_the_closest() {
            // when / then
            assertThatThrownBy(() -> AwsErrors.forResource("arn:aws:states:::aws-sdk:dynamodb:transactWriteItems",
                    "DynamoDB.TransactionCanceledException"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("'DynamoDB.TransactionCanceledException' is not an error that "
                            + "aws-sdk:dynamodb:transactWriteItems raises; did you mean "
                            + "'DynamoDb.TransactionCanceledException'? (error names match exactly); it declares ");
        }

        @Test
        void a_resource_without_a_model_declares_nothing() {
            // when / then
            assertThat(AwsErrors.forResource("arn:aws:states:::aws-sdk:s3:getObject")).isEmpty();
        }
    }
}
