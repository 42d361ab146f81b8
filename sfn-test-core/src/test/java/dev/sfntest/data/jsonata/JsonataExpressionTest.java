package dev.sfntest.data.jsonata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import dev.sfntest.data.StatesException;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JsonataExpressionTest {
    private static final long NOW = 1_735_689_600_000L; // 2025-01-01T00:00:00Z

    private static JsonNode json(String text) {
        try {
            return Json.parse(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonataBindings bindings(String states, Map<String, JsonNode> variables, long seed) {
        return new JsonataBindings(json(states), variables, new SplittableRandom(seed), NOW);
    }

    private static JsonNode eval(String expression) {
        return JsonataExpression.compile(expression).evaluate(bindings("{'input': {'a': 1}}", Map.of(), 0));
    }

    @Nested
    class AwsFunctions {
        @Test
        void partitionSplitsAnArrayIntoChunks() {
            assertThat(eval("$partition([1, 2, 3, 4, 5], 2)")).isEqualTo(json("[[1, 2], [3, 4], [5]]"));
        }

        @Test
        void rangeIsInclusiveAndASingleValueCollapses() {
            assertThat(eval("$range(0, 9, 3)")).isEqualTo(json("[0, 3, 6, 9]"));
            assertThat(eval("$range(1, 9, 9)")).isEqualTo(json("1"));
        }

        @Test
        void hashUsesTheNamedAlgorithm() {
            assertThat(eval("$hash('abc', 'SHA-256')").textValue())
                    .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        }

        @Test
        void parseReadsJson() {
            assertThat(eval("$parse('{\"k\": [1, true]}')")).isEqualTo(json("{'k': [1, true]}"));
        }

        @Test
        void parseRefusesTextAfterTheValueAndKeepsTheLastOfARepeatedKeyAsJavaScriptDoes() {
            assertThatThrownBy(() -> eval("$parse('{\"k\": 1} tail')"))
                    .hasMessage("$parse could not parse its argument as JSON: Unexpected text after the JSON value: "
                            + "a JSON text holds exactly one value");
            assertThat(eval("$parse('{\"k\": 1, \"k\": 2}')")).isEqualTo(json("{'k': 2}"));
        }

        @Test
        void randomAndUuidComeFromTheSeedAndRandomWithASeedIsFixed() {
            JsonataExpression uuid = JsonataExpression.compile("$uuid()");
            JsonNode first = uuid.evaluate(bindings("{}", Map.of(), 7));
            assertThat(uuid.evaluate(bindings("{}", Map.of(), 7))).isEqualTo(first);
            assertThat(uuid.evaluate(bindings("{}", Map.of(), 8))).isNotEqualTo(first);
            assertThat(first.textValue()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            JsonataExpression seeded = JsonataExpression.compile("$random(42)");
            assertThat(seeded.evaluate(bindings("{}", Map.of(), 1)))
                    .isEqualTo(seeded.evaluate(bindings("{}", Map.of(), 2)));
        }

        @Test
        void nowAndMillisReadTheVirtualClock() {
            assertThat(eval("$now()").textValue()).isEqualTo("2025-01-01T00:00:00.000Z");
            assertThat(eval("$millis()").longValue()).isEqualTo(NOW);
        }

        @Test
        void evalIsNotAvailable() {
            assertThatThrownBy(() -> eval("$eval('1 + 1')"))
                    .isInstanceOf(JsonataEvaluationException.class)
                    .hasMessage("The function $eval is not supported by Step Functions");
        }
    }

    @Nested
    class Bindings {
        @Test
        void statesAndVariablesAreVisible() {
            JsonataExpression expression = JsonataExpression.compile("$states.input.a + $x");
            assertThat(expression.evaluate(bindings("{'input': {'a': 1}}", Map.of("x", json("41")), 0)))
                    .isEqualTo(json("42"));
        }

        @Test
        void undefinedIsNullAndJsonNullIsNull() {
            assertThat(eval("$states.input.missing")).isNull();
            assertThat(eval("null")).isEqualTo(json("null"));
        }
    }

    @Nested
    class Safety {
        @Test
        void runawayRecursionStopsWithAnError() {
            assertThatThrownBy(() -> eval("($f := function($n){ $n = 0 ? 0 : 1 + $f($n - 1) }; $f(100000))"))
                    .isInstanceOf(JsonataEvaluationException.class)
                    .hasMessage("the expression nests deeper than 200 levels (is a recursive function missing its end?)");
        }

        @Test
        void hugeRangesAreRefused() {
            assertThatThrownBy(() -> eval("$range(0, 100000, 1)"))
                    .isInstanceOf(JsonataEvaluationException.class)
                    .hasMessage("$range can produce at most 1000 elements");
        }
    }

    @Nested
    class Syntax {
        @Test
        void aSyntaxErrorSaysWhere() {
            assertThatThrownBy(() -> JsonataExpression.compile("1 +"))
                    .isInstanceOf(JsonataSyntaxException.class)
                    .hasMessage("Invalid JSONata expression '1 +': Unexpected end of expression (at position 3)");
        }

        @Test
        void dollarAtTheTopLevelIsRejectedAsAwsDoes() {
            assertThatThrownBy(() -> JsonataExpression.compile("$.a"))
                    .hasMessage("The JSONata expression '$.a' refers to '$' or '$$' at its top level, which Step "
                            + "Functions does not allow; use $states.input or $states.context");
        }
    }

    @Nested
    class Templates {
        @Test
        void undefinedValuesAreErrorsNamingTheField() {
            JsonataTemplate template = JsonataTemplate.compile(json("{'a': {'b': ['{% $nope %}']}}"));
            assertThatThrownBy(() -> template.evaluate(bindings("{}", Map.of(), 0), "Output"))
                    .isInstanceOf(StatesException.class)
                    .hasMessage("States.QueryEvaluationError: The JSONata expression '$nope' specified for the field "
                            + "'Output/a/b[0]' returned nothing (undefined).");
        }

        @Test
        void onlyWholeStringsAreExpressions() {
            JsonataTemplate template = JsonataTemplate.compile(json("{'a': ' {% 1 %} ', 'b': '{% 1 + 1 %}'}"));
            assertThat(template.evaluate(bindings("{}", Map.of(), 0), "Output")).isEqualTo(json("{'a': ' {% 1 %} ', 'b': 2}"));
        }

        @Test
        void functionsAreAnUnsupportedResult() {
            JsonataTemplate template = JsonataTemplate.compile(json("'{% function($x){$x} %}'"));
            assertThatThrownBy(() -> template.evaluate(bindings("{}", Map.of(), 0), "Output"))
                    .hasMessage("States.QueryEvaluationError: The JSONata expression 'function($x){$x}' specified for "
                            + "the field 'Output' returned an unsupported result type.");
        }
    }
}
