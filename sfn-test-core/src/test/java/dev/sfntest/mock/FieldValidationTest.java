package dev.sfntest.mock;

import static dev.sfntest.mock.MockFixture.json;
import static dev.sfntest.mock.MockFixture.run;
import static dev.sfntest.mock.MockFixture.runChecked;
import static dev.sfntest.mock.MockFixture.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.asl.Definitions;
import dev.sfntest.engine.Engine;
import dev.sfntest.engine.MockedResultException;
import dev.sfntest.engine.TaskHandler;
import dev.sfntest.engine.TaskOutcome;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.ExecutionStatus;
import dev.sfntest.service.FieldValidationMode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Mocked results checked against the API models in a run: the message, and each way to set the mode. */
class FieldValidationTest {
    private static final String GET_FUNCTION = "arn:aws:states:::aws-sdk:lambda:getFunction";
    private static final String FUNCTION = ", 'Parameters': {'FunctionName': 'orders'}";
    private static final String TOO_BIG = "{'Configuration': {'MemorySize': 10241}}";

    @Nested
    class TheFailure {
        @Test
        void names_the_state_attempt_pointer_and_what_the_model_expects() {
            // given
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Describe").returns(json(TOO_BIG)));

            // when / then
            assertThatThrownBy(() -> runChecked(task("Describe", GET_FUNCTION, FUNCTION), "{}", mocks))
                    .isInstanceOf(MockedResultException.class)
                    .hasMessage("Mock result schema validation error: Field 'MemorySize' exceeds the maximum value\n"
                            + "  state 'Describe', attempt 0, resource arn:aws:states:::aws-sdk:lambda:getFunction\n"
                            + "  at /Configuration/MemorySize of the mocked result: the API model expects an integer "
                            + "from 128 to 10240\n"
                            + "  fieldValidationMode STRICT (PRESENT checks only the fields given; NONE checks nothing)");
        }

        @Test
        void a_dynamodb_item_without_types_is_caught_from_a_mock_config_file() {
            // given
            MockedResponses responses = MockedResponses.parse(json(
                    "{'Load': {'0': {'Return': {'Item': {'pk': 'order#42'}}}}}"));

            // when / then
            assertThatThrownBy(() -> runChecked(task("Load", "arn:aws:states:::dynamodb:getItem", ", 'Parameters': {'TableName': 'orders', 'Key': {'id': {'S': '42'}}}"), "{}", responses))
                    .isInstanceOf(MockedResultException.class)
                    .hasMessageStartingWith("Mock result schema validation error: Field 'pk' must be an object\n"
                            + "  state 'Load', attempt 0, resource arn:aws:states:::dynamodb:getItem\n"
                            + "  at /Item/pk of the mocked result: the API model expects an object\n");
        }

        @Test
        void an_s3_get_object_result_of_the_wrong_type_is_caught() {
            // given
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Fetch").returns(json("{'ContentLength': '9000'}")));

            // when / then
            assertThatThrownBy(() -> runChecked(task("Fetch", "arn:aws:states:::aws-sdk:s3:getObject",
                    ", 'Parameters': {'Bucket': 'inbox', 'Key': 'order.json'}"), "{}", mocks))
                    .isInstanceOf(MockedResultException.class)
                    .hasMessage("Mock result schema validation error: Field 'ContentLength' must be a number\n"
                            + "  state 'Fetch', attempt 0, resource arn:aws:states:::aws-sdk:s3:getObject\n"
                            + "  at /ContentLength of the mocked result: the API model expects an integer\n"
                            + "  fieldValidationMode STRICT (PRESENT checks only the fields given; NONE checks nothing)");
        }

        @Test
        void an_s3_result_of_the_right_types_runs() {
            // given
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Fetch").returns(json(
                    "{'Body': 'hello', 'ContentLength': 5, 'ContentType': 'text/plain'}")));

            // when
            ExecutionResult result = runChecked(task("Fetch", "arn:aws:states:::aws-sdk:s3:getObject",
                    ", 'Parameters': {'Bucket': 'inbox', 'Key': 'order.json'}"), "{}", mocks);

            // then
            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(result.output().path("ContentLength").asInt()).isEqualTo(5);
        }

        @Test
        void an_s3_storage_class_outside_the_models_enum_is_caught_naming_the_allowed_values() {
            // given
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Fetch").returns(json("{'StorageClass': 'Papyrus'}")));

            // when / then
            assertThatThrownBy(() -> runChecked(task("Fetch", "arn:aws:states:::aws-sdk:s3:getObject",
                    ", 'Parameters': {'Bucket': 'inbox', 'Key': 'order.json'}"), "{}", mocks))
                    .isInstanceOf(MockedResultException.class)
                    .hasMessageStartingWith("Mock result schema validation error: Field 'StorageClass' is not an "
                            + "expected value\n")
                    .hasMessageContaining("at /StorageClass of the mocked result: the API model expects one of "
                            + "STANDARD, REDUCED_REDUNDANCY, STANDARD_IA, ");
        }

        @Test
        void an_s3_storage_class_of_the_models_enum_runs() {
            // given
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Fetch").returns(json(
                    "{'Body': 'hello', 'StorageClass': 'STANDARD'}")));

            // when
            ExecutionResult result = runChecked(task("Fetch", "arn:aws:states:::aws-sdk:s3:getObject",
                    ", 'Parameters': {'Bucket': 'inbox', 'Key': 'order.json'}"), "{}", mocks);

            // then
            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(result.output().path("StorageClass").asText()).isEqualTo("STANDARD");
        }

        @Test
        void a_lambda_result_without_its_envelope_is_caught() {
            // given
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Charge").returns(json("{'charged': true}")));

            // when / then
            assertThatThrownBy(() -> runChecked(task("Charge", "arn:aws:states:::lambda:invoke", FUNCTION), "{}", mocks))
                    .isInstanceOf(MockedResultException.class)
                    .hasMessageStartingWith("Mock result schema validation error: Required field 'Payload' is missing\n");
        }
    }

    @Nested
    class SettingTheMode {
        @Test
        void the_mock_wins_over_its_set_and_the_set_over_the_run() {
            // given
            // snippet:field-validation-modes
            TaskMock describe = TaskMocks.forState("Describe").returns(json(TOO_BIG))
                    .fieldValidation(FieldValidationMode.PRESENT);          // this mock
            TaskMocks mocks = TaskMocks.of(describe)
                    .fieldValidation(FieldValidationMode.NONE);             // its other mocks
            Engine engine = Engine.builder()
                    .fieldValidationMode(FieldValidationMode.STRICT)        // every mock of the run
                    .taskHandler(mocks).build();
            // end-snippet

            // when / then: PRESENT still checks the MemorySize given
            assertThatThrownBy(() -> engine.execute(Definitions.build(json(task("Describe", GET_FUNCTION, FUNCTION))),
                    json("{}"))).hasMessageContaining("fieldValidationMode PRESENT");
        }

        @Test
        void per_mock() {
            // given
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Describe").returns(json(TOO_BIG))
                    .fieldValidation(FieldValidationMode.NONE));

            // when
            ExecutionResult result = runChecked(task("Describe", GET_FUNCTION, FUNCTION), "{}", mocks);

            // then
            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        }

        @Test
        void per_set_of_mocks_with_the_mock_winning() {
            // given
            TaskMocks relaxed = TaskMocks.of(TaskMocks.forState("Describe").returns(json(TOO_BIG)))
                    .fieldValidation(FieldValidationMode.NONE);
            TaskMocks overridden = TaskMocks.of(TaskMocks.forState("Describe").returns(json(TOO_BIG))
                    .fieldValidation(FieldValidationMode.PRESENT)).fieldValidation(FieldValidationMode.NONE);

            // when / then
            assertThat(runChecked(task("Describe", GET_FUNCTION, FUNCTION), "{}", relaxed).status())
                    .isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThatThrownBy(() -> runChecked(task("Describe", GET_FUNCTION, FUNCTION), "{}", overridden))
                    .hasMessageContaining("fieldValidationMode PRESENT");
        }

        @Test
        void per_engine_for_mocks_without_their_own() {
            // given
            String definition = task("Start", "arn:aws:states:::states:startExecution", ", 'Parameters': {'StateMachineArn': 'arn:aws:states:us-east-1:111122223333:stateMachine:child'}");
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Start").returns(json("{}")));

            // when
            ExecutionResult present = Engine.builder().fieldValidationMode(FieldValidationMode.PRESENT)
                    .taskHandler(mocks).build().execute(Definitions.build(json(definition)), json("{}"));

            // then: STRICT, the default, wants ExecutionArn and StartDate
            assertThat(present.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThatThrownBy(() -> runChecked(definition, "{}", TaskMocks.of(TaskMocks.forState("Start").returns(json("{}")))))
                    .hasMessageStartingWith("Mock result schema validation error: Required field 'ExecutionArn' is missing");
        }

        @Test
        void a_handler_that_is_not_a_mock_is_not_checked() {
            // given
            TaskHandler client = invocation -> TaskOutcome.success(json("{}"));

            // when
            ExecutionResult result = runChecked(task("Start", "arn:aws:states:::states:startExecution", ", 'Parameters': {'StateMachineArn': 'arn:aws:states:us-east-1:111122223333:stateMachine:child'}"), "{}", client);

            // then
            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        }
    }

    @Nested
    class MockedErrors {
        @Test
        void an_error_the_task_can_never_raise_is_a_warning_of_the_mocks() {
            // given
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Save")
                    .throwsError("DynamoDB.TransactionCanceledException", "cancelled"));

            // when
            run(task("Save", "arn:aws:states:::aws-sdk:dynamodb:transactWriteItems", ", 'Parameters': {'TransactItems': []}"), "{}", mocks);

            // then
            assertThat(mocks.warnings()).containsExactly("TaskMock for state 'Save' throws an error its Task 'Save' "
                    + "can never raise: 'DynamoDB.TransactionCanceledException' is not an error that "
                    + "aws-sdk:dynamodb:transactWriteItems raises; did you mean "
                    + "'DynamoDb.TransactionCanceledException'? (error names match exactly)");
        }

        @Test
        void a_declared_error_is_no_warning() {
            // given
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Save")
                    .throwsError(AwsErrors.forResource("arn:aws:states:::aws-sdk:dynamodb:transactWriteItems",
                            "DynamoDb.TransactionCanceledException")));

            // when
            run(task("Save", "arn:aws:states:::aws-sdk:dynamodb:transactWriteItems", ", 'Parameters': {'TransactItems': []}"), "{}", mocks);

            // then
            assertThat(mocks.warnings()).isEmpty();
        }
    }
}
