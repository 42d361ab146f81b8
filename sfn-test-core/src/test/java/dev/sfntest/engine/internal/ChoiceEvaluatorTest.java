package dev.sfntest.engine.internal;

import static dev.sfntest.asl.ComparisonOperator.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.ChoiceRule;
import dev.sfntest.asl.ComparisonOperator;
import dev.sfntest.asl.FieldValue;
import dev.sfntest.data.DataContext;
import dev.sfntest.data.Json;
import dev.sfntest.data.CompiledPath;
import dev.sfntest.data.StatesException;
import dev.sfntest.data.jsonata.JsonataTemplate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChoiceEvaluatorTest {

    @Nested
    class NumericOperators {
        @ParameterizedTest(name = "{0} {1} {2} is {3}")
        @CsvSource(delimiter = '|', value = {
            "1                    | NumericEquals            | 1.0                  | true",
            "0.0                  | NumericEquals            | 0                    | true",
            "2.22                 | NumericEquals            | 2.22                 | true",
            "1.1                  | NumericEquals            | 1                    | false",
            "12345678901234567891 | NumericEquals            | 12345678901234567890 | false",
            "9007199254740993     | NumericGreaterThan       | 9007199254740992     | true",
            "1e2                  | NumericEquals            | 100                  | true",
            "-0.5                 | NumericLessThan          | 0                    | true",
            "1                    | NumericLessThan          | 1.0                  | false",
            "1                    | NumericLessThanEquals    | 1.0                  | true",
            "1.0000000001         | NumericGreaterThan       | 1                    | true",
            "1                    | NumericGreaterThanEquals | 1.0                  | true",
            "0.99                 | NumericGreaterThanEquals | 1                    | false",
            "'\"1\"'              | NumericEquals            | 1                    | false",
            "null                 | NumericEquals            | 0                    | false",
            "false                | NumericEquals            | 0                    | false",
            "[1]                  | NumericEquals            | 1                    | false",
        })
        void comparesByValueAcrossIntegersAndDecimals(String value, ComparisonOperator operator, String operand,
                boolean expected) {
            // given
            DataContext data = input("{\"x\": " + value + "}");
            // when
            boolean matched = ChoiceEvaluator.matches(literal("$.x", operator, operand), data);
            // then
            assertThat(matched).isEqualTo(expected);
        }

        @Test
        void pathOperandsReadTheInputTheContextObjectAndVariables() {
            // given
            DataContext data = DataContext.of(json("{\"x\": 3}"), json("{\"Map\": {\"Item\": {\"Index\": 3.0}}}"),
                    Map.of("limit", json("4")));
            // when / then
            assertThat(ChoiceEvaluator.matches(path("$.x", NumericEqualsPath, "$$.Map.Item.Index"), data)).isTrue();
            assertThat(ChoiceEvaluator.matches(path("$.x", NumericLessThanPath, "$limit"), data)).isTrue();
            assertThat(ChoiceEvaluator.matches(path("$limit", NumericGreaterThanEqualsPath, "$.x"), data)).isTrue();
        }

        @Test
        void aPathOperandOfAnotherTypeIsNoMatch() {
            // given
            DataContext data = input("{\"x\": 1, \"y\": \"1\"}");
            // when / then
            assertThat(ChoiceEvaluator.matches(path("$.x", NumericEqualsPath, "$.y"), data)).isFalse();
        }
    }

    @Nested
    class StringOperators {
        @ParameterizedTest(name = "''{0}'' {1} ''{2}'' is {3}")
        @CsvSource(delimiter = '|', value = {
            "Hello | StringEquals             | Hello | true",
            "Hello | StringEquals             | hello | false",
            "A     | StringLessThan           | AB    | true",
            "B     | StringGreaterThan        | AB    | true",
            "Z     | StringLessThan           | a     | true",
            "''    | StringLessThanEquals     | ''    | true",
            "''    | StringLessThan           | ''    | false",
            "AB    | StringGreaterThanEquals  | A     | true",
        })
        void comparesLexicographically(String value, ComparisonOperator operator, String operand, boolean expected) {
            // given
            DataContext data = input("{\"x\": " + Json.write(Json.nodes().textNode(value)) + "}");
            // when
            boolean matched = ChoiceEvaluator.matches(literal("$.x", operator, quoted(operand)), data);
            // then
            assertThat(matched).isEqualTo(expected);
        }

        @Test
        void aNonStringIsNoMatch() {
            // given
            DataContext data = input("{\"n\": 1, \"s\": \"1\"}");
            // when / then
            assertThat(ChoiceEvaluator.matches(literal("$.n", StringEquals, "\"1\""), data)).isFalse();
            assertThat(ChoiceEvaluator.matches(path("$.n", StringEqualsPath, "$.s"), data)).isFalse();
            assertThat(ChoiceEvaluator.matches(path("$.s", StringLessThanEqualsPath, "$.s"), data)).isTrue();
        }

        @Test
        void stringMatchesHonoursWildcardsAndEscapes() {
            // given: the operands as written in a JSON definition
            DataContext data = input("{\"file\": \"log-2024.txt\", \"star\": \"a*b\", \"slash\": \"a\\\\b\"}");
            // when / then
            assertThat(ChoiceEvaluator.matches(literal("$.file", StringMatches, "\"log-*.txt\""), data)).isTrue();
            assertThat(ChoiceEvaluator.matches(literal("$.file", StringMatches, "\"*.csv\""), data)).isFalse();
            assertThat(ChoiceEvaluator.matches(literal("$.star", StringMatches, "\"a\\\\*b\""), data)).isTrue();
            assertThat(ChoiceEvaluator.matches(literal("$.file", StringMatches, "\"log\\\\*\""), data)).isFalse();
            assertThat(ChoiceEvaluator.matches(literal("$.slash", StringMatches, "\"a\\\\\\\\b\""), data)).isTrue();
            assertThat(ChoiceEvaluator.matches(literal("$.slash", StringMatches, "\"a\\\\\\\\*\""), data)).isTrue();
        }
    }

    @Nested
    class BooleanOperators {
        @Test
        void matchesOnlyBooleans() {
            // given
            DataContext data = input("{\"t\": true, \"f\": false, \"zero\": 0, \"text\": \"true\", \"nil\": null}");
            // when / then
            assertThat(ChoiceEvaluator.matches(literal("$.t", BooleanEquals, "true"), data)).isTrue();
            assertThat(ChoiceEvaluator.matches(literal("$.f", BooleanEquals, "false"), data)).isTrue();
            assertThat(ChoiceEvaluator.matches(literal("$.f", BooleanEquals, "true"), data)).isFalse();
            assertThat(ChoiceEvaluator.matches(literal("$.zero", BooleanEquals, "false"), data)).isFalse();
            assertThat(ChoiceEvaluator.matches(literal("$.text", BooleanEquals, "true"), data)).isFalse();
            assertThat(ChoiceEvaluator.matches(literal("$.nil", BooleanEquals, "false"), data)).isFalse();
            assertThat(ChoiceEvaluator.matches(path("$.f", BooleanEqualsPath, "$.f"), data)).isTrue();
            assertThat(ChoiceEvaluator.matches(path("$.t", BooleanEqualsPath, "$.text"), data)).isFalse();
        }
    }

    @Nested
    class TimestampOperators {
        @ParameterizedTest(name = "{0} {1} {2} is {3}")
        @CsvSource(delimiter = '|', value = {
            "2012-10-09T20:00:55+01:00      | TimestampEquals            | 2012-10-09T19:00:55Z | true",
            "2012-10-09T18:30:55-00:30      | TimestampEquals            | 2012-10-09T19:00:55Z | true",
            "2012-10-09T19:00:55.000Z       | TimestampEquals            | 2012-10-09T19:00:55Z | true",
            "2012-10-09T19:00:55.5Z         | TimestampGreaterThan       | 2012-10-09T19:00:55Z | true",
            "2012-10-09T19:00:55.123456789Z | TimestampLessThan          | 2012-10-09T19:00:56Z | true",
            "2012-10-09T19:00:55Z           | TimestampLessThanEquals    | 2012-10-09T19:00:55Z | true",
            "2012-10-09T19:00:56Z           | TimestampGreaterThanEquals | 2012-10-09T19:00:55Z | true",
            "2012-10-09T19:00:55            | TimestampEquals            | 2012-10-09T19:00:55Z | false",
            "2012-10-09 19:00:55Z           | TimestampEquals            | 2012-10-09T19:00:55Z | false",
            "2012-10-09t19:00:55z           | TimestampEquals            | 2012-10-09T19:00:55Z | false",
            "2012-02-30T19:00:55Z           | TimestampLessThan          | 2012-10-09T19:00:55Z | false",
            "2012-10-09T19:00:55Z           | TimestampGreaterThan       | not a timestamp      | false",
        })
        void comparesInstantsAndNeverMatchesAnInvalidTimestamp(String value, ComparisonOperator operator,
                String operand, boolean expected) {
            // given
            DataContext data = input("{\"t\": " + quoted(value) + "}");
            // when
            boolean matched = ChoiceEvaluator.matches(literal("$.t", operator, quoted(operand)), data);
            // then
            assertThat(matched).isEqualTo(expected);
        }

        @Test
        void pathFormsAndNonStrings() {
            // given
            DataContext data = input("{\"a\": \"2020-01-01T00:00:00Z\", \"b\": \"2020-01-01T00:00:01Z\", \"n\": 0}");
            // when / then
            assertThat(ChoiceEvaluator.matches(path("$.a", TimestampLessThanPath, "$.b"), data)).isTrue();
            assertThat(ChoiceEvaluator.matches(path("$.b", TimestampLessThanEqualsPath, "$.a"), data)).isFalse();
            assertThat(ChoiceEvaluator.matches(path("$.n", TimestampEqualsPath, "$.n"), data)).isFalse();
        }
    }

    @Nested
    class TypeTestOperators {
        @ParameterizedTest(name = "{1} on {0} is {2}")
        @CsvSource(delimiter = '|', value = {
            "null                   | IsNull      | true",
            "0                      | IsNull      | false",
            "1.5                    | IsNumeric   | true",
            "'\"1\"'                | IsNumeric   | false",
            "'\"\"'                 | IsString    | true",
            "[\"a\"]                | IsString    | false",
            "false                  | IsBoolean   | true",
            "'\"true\"'             | IsBoolean   | false",
            "'\"2016-03-14T01:59:00Z\"' | IsTimestamp | true",
            "'\"2016-03-14T01:59:00\"'  | IsTimestamp | false",
            "'\"2016-13-14T01:59:00Z\"' | IsTimestamp | false",
        })
        void trueTestsTheTypeAndFalseItsAbsence(String value, ComparisonOperator operator, boolean is) {
            // given
            DataContext data = input("{\"x\": " + value + "}");
            // when
            boolean matchedTrue = ChoiceEvaluator.matches(literal("$.x", operator, "true"), data);
            boolean matchedFalse = ChoiceEvaluator.matches(literal("$.x", operator, "false"), data);
            // then
            assertThat(matchedTrue).isEqualTo(is);
            assertThat(matchedFalse).isEqualTo(!is);
        }

        @Test
        void isPresentToleratesWhatDoesNotResolve() {
            // given
            DataContext data = DataContext.of(json("{\"nil\": null}"), json("{}"), Map.of("v", json("1")));
            // when / then
            assertThat(ChoiceEvaluator.matches(literal("$.nil", IsPresent, "true"), data)).isTrue();
            assertThat(ChoiceEvaluator.matches(literal("$.missing", IsPresent, "true"), data)).isFalse();
            assertThat(ChoiceEvaluator.matches(literal("$.missing", IsPresent, "false"), data)).isTrue();
            assertThat(ChoiceEvaluator.matches(literal("$.nil.deeper", IsPresent, "false"), data)).isTrue();
            assertThat(ChoiceEvaluator.matches(literal("$$.Execution", IsPresent, "true"), data)).isFalse();
            assertThat(ChoiceEvaluator.matches(literal("$v", IsPresent, "true"), data)).isTrue();
            assertThat(ChoiceEvaluator.matches(literal("$undefined", IsPresent, "true"), data)).isFalse();
        }
    }

    @Nested
    class PathsThatDoNotResolve {
        @Test
        void aMissingVariableFailsWithStatesRuntime() {
            // given
            DataContext data = input("{}");
            // when / then
            assertThatThrownBy(() -> ChoiceEvaluator.matches(literal("$.value", NumericEquals, "1"), data))
                    .isEqualTo(runtime("$.value"));
            assertThatThrownBy(() -> ChoiceEvaluator.matches(literal("$.value", IsNull, "false"), data))
                    .isEqualTo(runtime("$.value"));
            assertThatThrownBy(() -> ChoiceEvaluator.matches(literal("$flag", BooleanEquals, "true"), data))
                    .isEqualTo(runtime("$flag"));
        }

        @Test
        void aMissingOperandPathFailsWithStatesRuntime() {
            // given
            DataContext data = input("{\"left\": 8}");
            // when / then
            assertThatThrownBy(() -> ChoiceEvaluator.matches(path("$.left", NumericLessThanPath, "$.right"), data))
                    .isInstanceOf(StatesException.class)
                    .isEqualTo(runtime("$.right"))
                    .satisfies(e -> assertThat(((StatesException) e).cause()).isEqualTo(
                            "Invalid path '$.right': The choice state's condition path references an invalid value."));
        }
    }

    @Nested
    class BooleanCombinations {
        private final DataContext data = input("{\"n\": 25, \"type\": \"Private\"}");

        @Test
        void andOrAndNotCombineRules() {
            // given
            ChoiceRule twenties = new ChoiceRule.And(List.of(literal("$.n", NumericGreaterThanEquals, "20"),
                    literal("$.n", NumericLessThan, "30")));
            ChoiceRule notPrivate = new ChoiceRule.Not(literal("$.type", StringEquals, "\"Private\""));
            // when / then
            assertThat(ChoiceEvaluator.matches(twenties, data)).isTrue();
            assertThat(ChoiceEvaluator.matches(notPrivate, data)).isFalse();
            assertThat(ChoiceEvaluator.matches(new ChoiceRule.Or(List.of(notPrivate, twenties)), data)).isTrue();
            assertThat(ChoiceEvaluator.matches(new ChoiceRule.And(List.of(notPrivate, twenties)), data)).isFalse();
        }

        @Test
        void stopAtTheFirstRuleThatDecides() {
            // given
            ChoiceRule missing = literal("$.missing", NumericEquals, "1");
            ChoiceRule no = literal("$.n", NumericEquals, "1");
            ChoiceRule yes = literal("$.n", NumericEquals, "25");
            // when / then
            assertThat(ChoiceEvaluator.matches(new ChoiceRule.And(List.of(no, missing)), data)).isFalse();
            assertThat(ChoiceEvaluator.matches(new ChoiceRule.Or(List.of(yes, missing)), data)).isTrue();
            assertThatThrownBy(() -> ChoiceEvaluator.matches(new ChoiceRule.Or(List.of(no, missing)), data))
                    .isEqualTo(runtime("$.missing"));
        }

        @Test
        void aJsonataConditionIsNotEvaluatedHere() {
            // given
            ChoiceRule condition = new ChoiceRule.Condition(
                    new FieldValue.Jsonata(JsonataTemplate.compile(json("\"{% true %}\""))));
            // when / then
            assertThatThrownBy(() -> ChoiceEvaluator.matches(condition, data))
                    .isInstanceOf(UnsupportedOperationException.class)
                    .hasMessage("A JSONata Condition is evaluated by the JSONata engine, not by ChoiceEvaluator");
        }
    }

    private static StatesException runtime(String path) {
        return new StatesException("States.Runtime",
                "Invalid path '" + path + "': The choice state's condition path references an invalid value.");
    }

    private static ChoiceRule literal(String variable, ComparisonOperator operator, String operandJson) {
        return new ChoiceRule.Comparison(CompiledPath.compile(variable), operator, json(operandJson), null);
    }

    private static ChoiceRule path(String variable, ComparisonOperator operator, String operandPath) {
        return new ChoiceRule.Comparison(CompiledPath.compile(variable), operator, null, CompiledPath.compile(operandPath));
    }

    private static String quoted(String text) {
        return Json.write(Json.nodes().textNode(text));
    }

    private static DataContext input(String inputJson) {
        return DataContext.ofInput(json(inputJson));
    }

    private static JsonNode json(String text) {
        return Json.parse(text);
    }
}
