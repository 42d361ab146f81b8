package dev.sfntest.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentest4j.AssertionFailedError;

class ShrinkingTest {

    private static String counterexample(Runnable check) {
        try {
            check.run();
        } catch (AssertionFailedError failure) {
            return failure.getMessage().lines().filter(line -> line.startsWith("Counterexample: "))
                    .findFirst().orElseThrow().substring("Counterexample: ".length());
        }
        throw new AssertionError("the property did not fail");
    }

    @Nested
    class Numbers {
        @Test
        void anIntPropertyFailingFrom1000ShrinksTo1000() {
            // given
            Generator<Integer> ints = Generators.integers(0, 1_000_000);
            // when
            String found = counterexample(() -> PropertyRunner.forAll(ints).checkThat(x -> x < 1000));
            // then
            assertThat(found).isEqualTo("1000");
        }

        @Test
        void aNegativeBoundShrinksTowardsZeroFromBelow() {
            // given
            Generator<Integer> ints = Generators.integers(-5_000, 5_000);
            // when
            String found = counterexample(() -> PropertyRunner.forAll(ints).seed(3).checkThat(x -> x > -77));
            // then
            assertThat(found).isEqualTo("-77");
        }

        @Test
        void aRangeWithoutZeroShrinksToTheBoundNearestZero() {
            // given
            Generator<Long> longs = Generators.longs(50, 90);
            // when
            String found = counterexample(() -> PropertyRunner.forAll(longs).checkThat(x -> x < 0));
            // then
            assertThat(found).isEqualTo("50");
        }
    }

    @Nested
    class Collections {
        @Test
        void aListWithAValueOver100ShrinksToTheSingleValue101() {
            // given
            Generator<List<Integer>> lists = Generators.lists(Generators.integers(0, 1_000), 0, 50);
            // when
            String found = counterexample(() -> PropertyRunner.forAll(lists).seed(11)
                    .checkThat(list -> list.stream().allMatch(x -> x <= 100)));
            // then
            assertThat(found).isEqualTo("[101]");
        }

        @Test
        void aListLongerThanThreeShrinksToFourZeros() {
            // given
            Generator<List<Integer>> lists = Generators.lists(Generators.integers(0, 1_000), 0, 50);
            // when
            String found = counterexample(() -> PropertyRunner.forAll(lists).checkThat(list -> list.size() <= 3));
            // then
            assertThat(found).isEqualTo("[0, 0, 0, 0]");
        }

        @Test
        void aStringWithAnUpperCaseLetterShrinksToA() {
            // given
            Generator<String> strings = Generators.strings(0, 20);
            // when
            String found = counterexample(() -> PropertyRunner.forAll(strings)
                    .checkThat(s -> s.chars().noneMatch(Character::isUpperCase)));
            // then
            assertThat(found).isEqualTo("\"A\"");
        }

        @Test
        void aMapWithAKeyOfThreeCharactersShrinksToOneEntry() {
            // given
            Generator<Map<String, Integer>> maps = Generators.maps(Generators.strings("abc", 1, 5),
                    Generators.integers(0, 9), 0, 10);
            // when
            String found = counterexample(() -> PropertyRunner.forAll(maps)
                    .checkThat(map -> map.keySet().stream().allMatch(key -> key.length() < 3)));
            // then
            assertThat(found).isEqualTo("{\"aaa\"=0}");
        }
    }

    @Nested
    class AcrossSeeds {
        @ParameterizedTest
        @ValueSource(longs = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19})
        void theMinimalCounterexamplesAreFoundWhateverTheSeed(long seed) {
            // given
            Generator<List<Integer>> lists = Generators.lists(Generators.integers(0, 1_000), 0, 50);
            Generator<Integer> ints = Generators.integers(-1_000_000, 1_000_000);
            // when
            String list = counterexample(() -> PropertyRunner.forAll(lists).seed(seed)
                    .checkThat(l -> l.stream().allMatch(x -> x <= 100)));
            String integer = counterexample(() -> PropertyRunner.forAll(ints).seed(seed).checkThat(x -> x < 1000));
            // then
            assertThat(list).isEqualTo("[101]");
            assertThat(integer).isEqualTo("1000");
        }
    }

    @Nested
    class Json {
        @Test
        void anObjectWithANegativeAmountShrinksToTheSmallestSuchObject() {
            // given
            Generator<JsonNode> orders = Generators.fromSchema(dev.sfntest.data.Json.mapper().valueToTree(Map.of(
                    "type", "object", "required", List.of("amount"),
                    "properties", Map.of("amount", Map.of("type", "integer", "minimum", -500, "maximum", 500)))));
            // when
            String found = counterexample(() -> PropertyRunner.forAll(orders).seed(5)
                    .checkThat(order -> order.get("amount").asInt() >= -10));
            // then
            assertThat(found).isEqualTo("{\"amount\":-11}");
        }
    }

    @Nested
    class Combinators {
        @Test
        void oneOfShrinksTowardsTheFirstAlternativeThatStillFails() {
            // given
            Generator<String> sizes = Generators.oneOf(Generators.constant("S"), Generators.constant("M"),
                    Generators.strings("XL", 1, 3));
            // when
            String found = counterexample(() -> PropertyRunner.forAll(sizes).checkThat(s -> !s.startsWith("X")));
            // then
            assertThat(found).isEqualTo("\"X\"");
        }

        @Test
        void aFilterThatRejectsEverythingIsReported() {
            // given
            Generator<Integer> none = Generators.integers(0, 10).filter(x -> x > 10);
            // when / then
            assertThatThrownBy(() -> PropertyRunner.forAll(none).check(x -> { }))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("The generator discarded 1001 cases for 0 it made: filter(...) rejected 100 "
                            + "values in a row");
        }
    }
}
