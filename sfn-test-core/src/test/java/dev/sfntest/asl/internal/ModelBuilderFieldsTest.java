package dev.sfntest.asl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.Catcher;
import dev.sfntest.asl.ChoiceBranch;
import dev.sfntest.asl.ChoiceRule;
import dev.sfntest.asl.ChoiceState;
import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.FailState;
import dev.sfntest.asl.FieldValue;
import dev.sfntest.asl.MapState;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.asl.TaskState;
import dev.sfntest.asl.WaitState;
import dev.sfntest.data.DataContext;
import dev.sfntest.data.Json;
import dev.sfntest.data.jsonata.JsonataBindings;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The model builder compiles each data field once, into the typed value its kind and language call for. */
class ModelBuilderFieldsTest {
    private static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:f";

    private static StateMachine parse(String states) {
        return Definitions.parse("{\"StartAt\": \"A\", \"States\": {" + states + "}}");
    }

    private static JsonNode evaluate(FieldValue value, String input) {
        FieldValue.Jsonata jsonata = (FieldValue.Jsonata) value;
        JsonataBindings bindings = new JsonataBindings(Json.parse("{\"input\": " + input + "}").deepCopy(), Map.of(),
                new SplittableRandom(0), 0);
        return jsonata.template().evaluate(bindings, "field");
    }

    @Nested
    class JsonataStates {
        @Test
        void an_expression_is_compiled_and_a_literal_stays_literal() {
            // when
            TaskState task = (TaskState) parse("""
                    "A": {"Type": "Task", "QueryLanguage": "JSONata", "Resource": "%s",
                      "TimeoutSeconds": "{%% $states.input.limit * 2 %%}", "HeartbeatSeconds": 5,
                      "Arguments": {"id": "{%% $states.input.id %%}", "kind": "order"},
                      "Output": {"done": true}, "End": true}""".formatted(LAMBDA)).graph().state("A");

            // then
            assertThat(task.timeoutSeconds()).isInstanceOf(FieldValue.Jsonata.class);
            assertThat(evaluate(task.timeoutSeconds(), "{\"limit\": 21}")).isEqualTo(Json.parse("42"));
            assertThat(task.timeoutSeconds().source()).isEqualTo(Json.parse("\"{% $states.input.limit * 2 %}\""));
            assertThat(task.heartbeatSeconds()).isEqualTo(new FieldValue.Literal(Json.parse("5")));
            assertThat(evaluate(task.arguments(), "{\"id\": 7}")).isEqualTo(Json.parse("{\"id\": 7, \"kind\": \"order\"}"));
            assertThat(task.common().output()).isEqualTo(new FieldValue.Literal(Json.parse("{\"done\": true}")));
            assertThat(task.common().assign()).isNull();
        }

        @Test
        void choice_conditions_and_catchers_carry_their_compiled_values() {
            // when
            StateMachine machine = Definitions.parse("""
                    {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
                      "A": {"Type": "Choice", "Choices": [
                        {"Condition": "{% $states.input.n > 1 %}", "Next": "T", "Output": "{% $states.input.n %}",
                         "Assign": {"seen": true}}],
                        "Default": "T"},
                      "T": {"Type": "Task", "Resource": "%s", "End": true,
                        "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "F", "Output": "{% $states.errorOutput %}"}]},
                      "F": {"Type": "Fail", "Error": "Boom", "Cause": "{% 'at ' & $states.input.n %}"}}}"""
                    .replace("%s", LAMBDA));

            // then
            ChoiceBranch branch = ((ChoiceState) machine.graph().state("A")).choices().get(0);
            FieldValue condition = ((ChoiceRule.Condition) branch.rule()).condition();
            assertThat(evaluate(condition, "{\"n\": 2}")).isEqualTo(Json.parse("true"));
            assertThat(evaluate(branch.output(), "{\"n\": 3}")).isEqualTo(Json.parse("3"));
            assertThat(branch.assign()).isEqualTo(new FieldValue.Literal(Json.parse("{\"seen\": true}")));
            Catcher catcher = ((TaskState) machine.graph().state("T")).handling().catchers().get(0);
            assertThat(catcher.output()).isInstanceOf(FieldValue.Jsonata.class);
            FailState fail = (FailState) machine.graph().state("F");
            assertThat(fail.error()).isEqualTo(new FieldValue.Literal(Json.parse("\"Boom\"")));
            assertThat(evaluate(fail.cause(), "{\"n\": 4}")).isEqualTo(Json.parse("\"at 4\""));
        }

        @Test
        void a_map_compiles_items_and_item_selector_as_jsonata() {
            // when
            MapState map = (MapState) parse("""
                    "A": {"Type": "Map", "QueryLanguage": "JSONata", "Items": "{% $states.input.list %}",
                      "ItemSelector": {"v": "{% $states.input.list[0] %}"}, "MaxConcurrency": 2,
                      "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Succeed"}}}, "End": true}""")
                    .graph().state("A");

            // then
            assertThat(evaluate(map.items(), "{\"list\": [1, 2]}")).isEqualTo(Json.parse("[1, 2]"));
            assertThat(map.itemSelector()).isInstanceOf(FieldValue.Jsonata.class);
            assertThat(map.maxConcurrency()).isEqualTo(new FieldValue.Literal(Json.parse("2")));
        }
    }

    @Nested
    class JsonPathStates {
        @Test
        void parameters_is_a_template_and_numbers_are_literals() {
            // when
            TaskState task = (TaskState) parse("""
                    "A": {"Type": "Task", "Resource": "%s", "Parameters": {"id.$": "$.order.id"},
                      "TimeoutSeconds": 30, "Assign": {"total.$": "$.order.total"}, "End": true}"""
                    .formatted(LAMBDA)).graph().state("A");

            // then
            assertThat(task.parameters().evaluate(DataContext.ofInput(Json.parse("{\"order\": {\"id\": 9}}"))))
                    .isEqualTo(Json.parse("{\"id\": 9}"));
            assertThat(task.timeoutSeconds()).isEqualTo(new FieldValue.Literal(Json.parse("30")));
            assertThat(task.arguments()).isNull();
            FieldValue.Payload assign = (FieldValue.Payload) task.common().assign();
            assertThat(assign.template().evaluate(DataContext.ofInput(Json.parse("{\"order\": {\"total\": 5}}"))))
                    .isEqualTo(Json.parse("{\"total\": 5}"));
            assertThat(task.common().output()).isNull();
        }

        @Test
        void a_string_that_looks_like_jsonata_stays_a_literal() {
            // when
            WaitState wait = (WaitState) parse("""
                    "A": {"Type": "Wait", "Timestamp": "2030-01-01T00:00:00Z", "End": true}""").graph().state("A");

            // then
            assertThat(wait.timestamp()).isEqualTo(new FieldValue.Literal(Json.parse("\"2030-01-01T00:00:00Z\"")));
            assertThat(wait.seconds()).isNull();
        }

        @Test
        void the_legacy_map_parameters_is_the_item_selector_template() {
            // when
            MapState map = (MapState) parse("""
                    "A": {"Type": "Map", "Parameters": {"v.$": "$$.Map.Item.Value"},
                      "Iterator": {"StartAt": "P", "States": {"P": {"Type": "Succeed"}}}, "End": true}""")
                    .graph().state("A");

            // then
            assertThat(map.itemSelector()).isInstanceOf(FieldValue.Payload.class);
            assertThat(map.itemSelector().source()).isEqualTo(Json.parse("{\"v.$\": \"$$.Map.Item.Value\"}"));
            assertThat(map.items()).isNull();
        }
    }
}
