package dev.sfntest.data.jsonata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every JSONata evaluation is bounded in work and size, deterministically. */
class EvaluationBudgetTest {
    private static JsonNode eval(String expression, String input) {
        JsonNode states = Json.parse("{\"input\": " + input + "}");
        return JsonataExpression.compile(expression).evaluate(new JsonataBindings(states, Map.of(),
                new SplittableRandom(0), 0L));
    }

    private static JsonNode eval(String expression) {
        return eval(expression, "{}");
    }

    private static void assertRefused(String expression, String input, String message) {
        assertThatThrownBy(() -> eval(expression, input)).isInstanceOf(JsonataEvaluationException.class)
                .hasMessage(message);
    }

    @Nested
    class Sizes {
        @Test
        void padWithAHugeWidthIsRefusedBeforeItAllocates() {
            assertRefused("$pad('x', 2000000000)", "{}", "the expression built a string of 2000000000 characters, "
                    + "more than the limit of 1048576");
        }

        @Test
        void padWithinTheBoundStillPads() {
            assertThat(eval("$pad('x', 3, '-')").textValue()).isEqualTo("x--");
            assertThat(eval("$pad('x', -4, 'ab')").textValue()).isEqualTo("abax");
            assertThat(eval("$pad('\uD83D\uDE00', 3)").textValue()).isEqualTo("\uD83D\uDE00  ");
            assertThat(eval("$pad('abc', 2)").textValue()).isEqualTo("abc");
            assertThat(eval("$pad('x', 2, '')").textValue()).isEqualTo("x ");
        }

        @Test
        void padToTheBoundIsLinear() {
            // the library's own took 10 s for 200,000 characters
            assertThat(eval("$length($pad('', 1000000, 'a'))").intValue()).isEqualTo(1_000_000);
        }

        @Test
        void aStringDoubledInALoopStopsAtTheBound() {
            assertRefused("$reduce([1..40], function($acc, $v) { $acc & $acc }, 'ab')", "{}",
                    "the expression built a string of 2097152 characters, more than the limit of 1048576");
        }

        @Test
        void joinOfManyCopiesIsRefusedBeforeItAllocates() {
            assertRefused("$join([1..1000].$states.input.s)", "{\"s\": \"" + "x".repeat(10_000) + "\"}",
                    "the expression built a string of 10000000 characters, more than the limit of 1048576");
        }

        @Test
        void stringOfManyCopiesIsRefusedBeforeItAllocates() {
            assertThatThrownBy(() -> eval("$string([1..1000].$states.input)", "{\"s\": \"" + "x".repeat(10_000)
                    + "\"}")).isInstanceOf(JsonataEvaluationException.class)
                    .hasMessageStartingWith("the expression built a string of ")
                    .hasMessageEndingWith(" characters, more than the limit of 1048576");
        }

        @Test
        void replaceThatWouldMultiplyAStringIsRefused() {
            assertRefused("$replace($states.input.s, 'a', $states.input.s)", "{\"s\": \"" + "a".repeat(2_000) + "\"}",
                    "the expression built a string of 4002000 characters, more than the limit of 1048576");
        }

        @Test
        void aReplacementFunctionReturningALargeStringForEveryMatchIsRefused() {
            assertRefused("$replace($pad('', 1000, 'a'), /a/, function($m) { $states.input.s })",
                    "{\"s\": \"" + "x".repeat(10_000) + "\"}",
                    "the expression built a string of 1050895 characters, more than the limit of 1048576");
        }

        @Test
        void aReplacementFunctionStillReplaces() {
            assertThat(eval("$replace('aXa', /(a)|(z)/, function($m) { $m.match & $m.index & $count($m.groups) })")
                    .textValue()).isEqualTo("a02Xa22");
            assertThat(eval("$replace('aXaa', /a/, function($m) { 'b' }, 2)").textValue()).isEqualTo("bXba");
            assertRefused("$replace('aXa', /a/, function($m) { 1 })", "{}",
                    "Attempted to replace a matched string with a non-string value");
        }

        @Test
        void buildingLargeStringsOverAndOverStopsAtTheTotal() {
            assertRefused("$count([1..200].($pad('', 200000, 'a') & 'b'))", "{}",
                    "the expression built more than 33554432 characters of strings in all");
        }

        @Test
        void readingALargeStringOverAndOverBuildsNothing() {
            assertThat(eval("$sum([1..2000].($length($states.input.s)))", "{\"s\": \"" + "x".repeat(100_000)
                    + "\"}").longValue()).isEqualTo(200_000_000L);
        }

        @Test
        void aRangeTooLongIsRefused() {
            assertRefused("$count([1..5000000])", "{}", "the expression built an array or object of 5000000 items, "
                    + "more than the limit of 1048576");
        }

        @Test
        void partitionWithASizePastIntegerRangeGivesOneChunk() {
            assertThat(eval("$partition([1, 2, 3], 3000000000)")).isEqualTo(eval("[[1, 2, 3]]"));
        }
    }

    @Nested
    class Work {
        @Test
        void anEndlessRecursionStopsAtTheDepthBound() {
            assertRefused("($f := function($n) { 1 + $f($n + 1) }; $f(0))", "{}",
                    "the expression nests deeper than 200 levels (is a recursive function missing its end?)");
        }

        @Test
        void anEndlessTailRecursionStopsAtTheStepBound() {
            assertRefused("($f := function($n) { $f($n + 1) }; $f(0))", "{}",
                    "the expression took more than 1000000 evaluation steps (is a loop or a recursion unbounded?)");
        }

        @Test
        void splittingIntoCharactersIsLinear() {
            // the library's own way took 15 s for 500,000 characters
            assertThat(eval("$count($split($pad('', 500000, 'a'), ''))").intValue()).isEqualTo(500_000);
            assertThat(eval("$split('abc', '')")).isEqualTo(eval("['a', 'b', 'c']"));
            assertThat(eval("$split('abc', '', 2)")).isEqualTo(eval("['a', 'b']"));
            assertThat(eval("$split('a,b', ',')")).isEqualTo(eval("['a', 'b']"));
        }

        @Test
        void aLongLoopStopsAtTheStepBound() {
            assertRefused("$count($map([1..1000000], function($v) { $v * 2 }))", "{}",
                    "the expression took more than 1000000 evaluation steps (is a loop or a recursion unbounded?)");
        }
    }

    @Nested
    class RegularExpressions {
        private static final String EVIL = "{\"s\": \"" + "a".repeat(40) + "!\"}";
        private static final String MESSAGE = "a regular expression read more than 10000000 characters "
                + "(catastrophic backtracking?); simplify the pattern";

        @Test
        void catastrophicBacktrackingInMatchStops() {
            assertRefused("$match($states.input.s, /(.*a){20}b/)", EVIL, MESSAGE);
        }

        @Test
        void catastrophicBacktrackingInContainsStops() {
            assertRefused("$contains($states.input.s, /(.*a){20}b/)", EVIL, MESSAGE);
        }

        @Test
        void catastrophicBacktrackingInReplaceStops() {
            assertRefused("$replace($states.input.s, /(.*a){20}b/, 'x')", EVIL, MESSAGE);
        }

        @Test
        void catastrophicBacktrackingInSplitStops() {
            assertRefused("$split($states.input.s, /(.*a){20}b/)", EVIL, MESSAGE);
        }

        @Test
        void ordinaryPatternsStillWork() {
            assertThat(eval("$replace('a-b-c', /-/, '+')").textValue()).isEqualTo("a+b+c");
            assertThat(eval("$split('a1b22c', /[0-9]+/)")).isEqualTo(eval("['a', 'b', 'c']"));
            assertThat(eval("$contains('abc', /b/)").booleanValue()).isTrue();
            assertThat(eval("$match('ab12', /[0-9]/).match")).isEqualTo(eval("['1', '2']"));
            assertThat(eval("$replace('abc', 'b', 'XX')").textValue()).isEqualTo("aXXc");
            assertThat(eval("$join(['a', 'b'], ',')").textValue()).isEqualTo("a,b");
            assertThat(eval("$string({'a': [1, 2]})").textValue()).isEqualTo("{\"a\":[1,2]}");
            assertThat(eval("$states.input.s ~> $pad(4)", "{\"s\": \"ab\"}").textValue()).isEqualTo("ab  ");
        }
    }

    @Nested
    class Hash {
        @Test
        void algorithmsThatStatesHashRefusesAreRefused() {
            assertRefused("$hash('abc', 'SHA-224')", "{}",
                    "Unsupported $hash algorithm 'SHA-224'; use MD5, SHA-1, SHA-256, SHA-384 or SHA-512");
            assertRefused("$hash('abc', 'SHA3-256')", "{}",
                    "Unsupported $hash algorithm 'SHA3-256'; use MD5, SHA-1, SHA-256, SHA-384 or SHA-512");
        }
    }
}
