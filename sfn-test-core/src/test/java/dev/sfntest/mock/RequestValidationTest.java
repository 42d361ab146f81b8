package dev.sfntest.mock;

import static dev.sfntest.mock.MockFixture.json;
import static dev.sfntest.mock.MockFixture.runChecked;
import static dev.sfntest.mock.MockFixture.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.engine.InvalidTaskRequestException;
import dev.sfntest.history.ExecutionStatus;
import dev.sfntest.service.FieldValidationMode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The request a mocked Task sends, evaluated at run time, checked against the operation's API model. */
class RequestValidationTest {
    private static final String PUT_ITEM = "arn:aws:states:::dynamodb:putItem";
    private static final String PUT_ORDER = ", 'Parameters': {'TableName': 'orders', 'Item.$': '$.order'}";

    private static TaskMocks saves() {
        return TaskMocks.of(TaskMocks.forState("Save").returns("{}"));
    }

    @Nested
    class Refused {
        @Test
        void an_item_built_from_the_input_without_attribute_types() {
            // given: the item comes from the input, so the definition alone cannot tell
            String input = "{'order': {'id': '42'}}";

            // when / then
            assertThatThrownBy(() -> runChecked(task("Save", PUT_ITEM, PUT_ORDER), input, saves()))
                    .isInstanceOf(InvalidTaskRequestException.class)
                    .hasMessage("Task request validation error: 'id' of dynamodb PutItem must be an object, found \"42\"\n"
                            + "  state 'Save', attempt 0, resource arn:aws:states:::dynamodb:putItem\n"
                            + "  at /Item/id of the request: {\"TableName\":\"orders\",\"Item\":{\"id\":\"42\"}}\n"
                            + "  fieldValidationMode STRICT (PRESENT skips missing members; NONE checks nothing)")
                    .satisfies(e -> {
                        InvalidTaskRequestException refused = (InvalidTaskRequestException) e;
                        assertThat(refused.stateName()).isEqualTo("Save");
                        assertThat(refused.attempt()).isZero();
                        assertThat(refused.pointer()).isEqualTo("/Item/id");
                    });
        }

        @Test
        void a_required_member_missing_from_a_request_built_by_jsonata() {
            // given
            String definition = task("Charge", MockFixture.INVOKE, ", 'QueryLanguage': 'JSONata', "
                    + "'Arguments': '{% {\\\"Payload\\\": $states.input} %}'");

            // when / then
            assertThatThrownBy(() -> runChecked(definition, "{}", TaskMocks.of(TaskMocks.forState("Charge")
                    .returns(json("{'Payload': {}, 'StatusCode': 200}")))))
                    .isInstanceOf(InvalidTaskRequestException.class)
                    .hasMessageStartingWith("Task request validation error: lambda Invoke requires 'FunctionName'; "
                            + "AWS fails the task when it runs without it\n  state 'Charge', attempt 0");
        }

        @Test
        void on_a_later_attempt_with_its_number() {
            // given: the first attempt sends a typed item, the retry an untyped one
            String definition = task("Save", PUT_ITEM, ", 'Parameters': {'TableName': 'orders', "
                    + "'Item.$': 'States.ArrayGetItem($.items, $$.State.RetryCount)'}, 'Retry': [{'ErrorEquals': ['States.ALL']}]");
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Save").throwsError("Boom", "once").thenReturns("{}"));

            // when / then
            assertThatThrownBy(() -> runChecked(definition, "{'items': [{'id': {'S': '1'}}, {'id': 2}]}", mocks))
                    .hasMessageContaining("state 'Save', attempt 1, resource");
        }
    }

    @Nested
    class Accepted {
        @Test
        void a_request_that_fits_the_model() {
            ExecutionResultAssertions.succeeded(runChecked(task("Save", PUT_ITEM, PUT_ORDER),
                    "{'order': {'id': {'S': '42'}}}", saves()));
        }

        @Test
        void present_mode_does_not_ask_for_missing_members() {
            // given: no TableName, which PRESENT does not require
            String definition = task("Save", PUT_ITEM, ", 'Parameters': {'Item': {'id': {'S': '42'}}}");

            // when / then
            ExecutionResultAssertions.succeeded(runChecked(definition, "{}",
                    TaskMocks.of(TaskMocks.forState("Save").returns("{}").fieldValidation(FieldValidationMode.PRESENT))));
            assertThatThrownBy(() -> runChecked(definition, "{}", saves()))
                    .hasMessageStartingWith("Task request validation error: dynamodb PutItem requires 'TableName'");
        }

        @Test
        void none_checks_nothing() {
            ExecutionResultAssertions.succeeded(runChecked(task("Save", PUT_ITEM, PUT_ORDER), "{'order': {'id': '42'}}",
                    saves().fieldValidation(FieldValidationMode.NONE)));
        }

        @Test
        void a_lambda_function_arn_takes_any_payload() {
            ExecutionResultAssertions.succeeded(runChecked(task("Charge",
                    "arn:aws:lambda:us-east-1:111122223333:function:charge", ""), "{'anything': [1, 2]}",
                    TaskMocks.of(TaskMocks.forState("Charge").returns("{}"))));
        }
    }

    /** One line of assertion per accepted run. */
    private static final class ExecutionResultAssertions {
        static void succeeded(dev.sfntest.history.ExecutionResult result) {
            assertThat(result.status()).as("%s %s", result.error(), result.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
        }
    }
}
