package dev.sfntest.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.property.internal.DefinitionInputs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GeneratorsTest {

    private static <T> List<T> sample(Generator<T> generator, int tries) {
        List<T> values = new ArrayList<>();
        PropertyRunner.forAll(generator).seed(7).tries(tries).check(values::add);
        return values;
    }

    @Nested
    class Primitives {
        @Test
        void integersStayInTheirRangeAndReachBothBounds() {
            // given
            Generator<Integer> dice = Generators.integers(1, 6);
            // when
            List<Integer> values = sample(dice, 500);
            // then
            assertThat(values).allMatch(v -> v >= 1 && v <= 6).contains(1, 6);
        }

        @Test
        void frequencyFollowsTheWeights() {
            // given
            Generator<String> tiers = Generators.frequency(Generators.weighted(9, Generators.constant("standard")),
                    Generators.weighted(1, Generators.constant("gold")));
            // when
            long gold = sample(tiers, 1_000).stream().filter("gold"::equals).count();
            // then
            assertThat(gold).isBetween(50L, 150L);
        }

        @Test
        void anInvertedRangeIsRejected() {
            // given / when / then
            assertThatThrownBy(() -> Generators.integers(5, 1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("min must not exceed max, but was 5 > 1");
        }
    }

    @Nested
    class Json {
        @Test
        void jsonValuesCoverEveryType() {
            // given
            Generator<JsonNode> values = Generators.jsonValues();
            // when
            Set<String> types = new HashSet<>();
            sample(values, 500).forEach(v -> types.add(v.getNodeType().name()));
            // then
            assertThat(types).contains("NULL", "BOOLEAN", "NUMBER", "STRING", "ARRAY", "OBJECT");
        }

        @Test
        void schemaInputsKeepEveryConstraint() {
            // given
            Generator<JsonNode> orders = Generators.fromSchema(Workflows.json("""
                    {"type": "object", "required": ["id", "lines"],
                     "properties": {
                       "id": {"type": "string", "minLength": 3, "maxLength": 5},
                       "tier": {"enum": ["standard", "gold"]},
                       "placed": {"type": "string", "format": "date-time"},
                       "lines": {"type": "array", "minItems": 1, "maxItems": 3,
                                 "items": {"type": "integer", "minimum": 1, "maximum": 9}}}}
                    """));
            // when
            List<JsonNode> values = sample(orders, 300);
            // then
            assertThat(values).allSatisfy(order -> {
                assertThat(order.get("id").asText()).hasSizeBetween(3, 5);
                assertThat(order.get("lines").size()).isBetween(1, 3);
                order.get("lines").forEach(line -> assertThat(line.asInt()).isBetween(1, 9));
                if (order.has("tier")) {
                    assertThat(order.get("tier").asText()).isIn("standard", "gold");
                }
                if (order.has("placed")) {
                    assertThat(java.time.Instant.parse(order.get("placed").asText())).isNotNull();
                }
            });
            assertThat(values).anyMatch(order -> !order.has("tier")).anyMatch(order -> order.has("tier"));
        }

        @Test
        void aSchemaGivenAsJsonTextIsParsed() {
            List<JsonNode> values = sample(Generators.fromSchema("{\"type\": \"integer\", \"minimum\": 3, "
                    + "\"maximum\": 4}"), 50);
            assertThat(values).allSatisfy(value -> assertThat(value.asInt()).isBetween(3, 4));
            assertThatThrownBy(() -> Generators.fromSchema("{type: 1}"))
                    .isInstanceOf(dev.sfntest.SfnTestException.class)
                    .hasMessageStartingWith("The schema is not JSON: ");
            assertThatThrownBy(() -> Invariants.outputMatchesSchema("{"))
                    .isInstanceOf(dev.sfntest.SfnTestException.class)
                    .hasMessageStartingWith("The schema is not JSON: ");
        }

        @Test
        void anUnsupportedKeywordIsNamedWithItsPointer() {
            // given / when / then
            assertThatThrownBy(() -> Generators.fromSchema(Workflows.json(
                    "{\"type\": \"object\", \"properties\": {\"id\": {\"$ref\": \"#/defs/id\"}}}")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The schema keyword $ref at /properties/id/$ref is not supported; supported: type, "
                            + "enum, const, properties, required, minimum, maximum, minLength, maxLength, format, "
                            + "items, minItems, maxItems, anyOf, oneOf");
        }
    }

    @Nested
    class DefinitionAware {
        @Test
        void aimsAtEveryChoiceThresholdItsNeighboursAndTheWrongType() {
            // given
            StateMachine order = Workflows.load("order.asl.json");
            // when
            var targets = DefinitionInputs.targets(order.graph());
            // then
            assertThat(targets.keySet()).containsExactly("$.amount");
            assertThat(targets.get("$.amount").toString()).isEqualTo("[1000, 999, 1001, \"1000\", 0, -1, 1, \"0\"]");
        }

        @Test
        void generatedInputsReachEveryBranchAndLeaveTheFieldOut() {
            // given
            StateMachine order = Workflows.load("order.asl.json");
            // when
            List<JsonNode> inputs = sample(Generators.inputsFor(order), 300);
            // then
            assertThat(inputs).anyMatch(i -> i.path("amount").asInt() == 1001)
                    .anyMatch(i -> i.path("amount").asInt() == 1000)
                    .anyMatch(i -> i.path("amount").asInt() == -1)
                    .anyMatch(i -> i.path("amount").isTextual())
                    .anyMatch(i -> !i.has("amount"));
        }

        @Test
        void readsParametersItemsPathAndStringRules() {
            // given
            StateMachine machine = Workflows.parse("""
                    {"StartAt": "Route", "States": {
                      "Route": {"Type": "Choice", "Choices": [
                        {"And": [{"Variable": "$.customer.tier", "StringEquals": "gold"},
                                 {"Variable": "$.express", "BooleanEquals": true}], "Next": "Each"}],
                        "Default": "Each"},
                      "Each": {"Type": "Map", "ItemsPath": "$.lines", "ItemProcessor": {"StartAt": "Price",
                        "States": {"Price": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                          "Parameters": {"sku.$": "$.sku", "note.$": "States.Format('{}', $.note)"}, "End": true}}},
                        "End": true}}}
                    """);
            // when
            var targets = DefinitionInputs.targets(machine.graph());
            List<JsonNode> inputs = sample(Generators.inputsFor(machine), 200);
            // then
            assertThat(targets.keySet()).containsExactly("$.customer.tier", "$.express", "$.lines");
            assertThat(targets.get("$.customer.tier").toString()).isEqualTo("[\"gold\", \"gol\", \"golda\", 0]");
            assertThat(inputs).anyMatch(i -> i.path("lines").isArray() && i.path("lines").size() > 0
                    && i.path("lines").get(0).has("sku") && i.path("lines").get(0).has("note"));
        }
    }
}
