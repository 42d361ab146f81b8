package dev.sfntest.mock;

import static dev.sfntest.mock.InputMatchers.at;
import static dev.sfntest.mock.InputMatchers.matching;
import static dev.sfntest.mock.InputMatchers.otherwise;
import static dev.sfntest.mock.MockFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InputMatchersTest {

    @Nested
    class At {
        @Test
        void isEqualToAStringComparesWithTheJsonString() {
            InputMatcher matcher = at("$.Key").isEqualTo("b.csv");
            assertThat(matcher.matches(json("{'Key': 'b.csv'}"))).isTrue();
            assertThat(matcher.matches(json("{'Key': 'a.csv'}"))).isFalse();
            assertThat(matcher.matches(json("{}"))).isFalse();
            assertThat(matcher.description()).isEqualTo("$.Key is \"b.csv\"");
        }

        @Test
        void numbersCompareByValue() {
            assertThat(at("$.n").isEqualTo(10).matches(json("{'n': 10.0}"))).isTrue();
            assertThat(at("$.n").isEqualTo(10).matches(json("{'n': '10'}"))).isFalse();
        }

        @Test
        void isEqualToJsonAndNodeCompareWholeValues() {
            assertThat(at("$.a").isEqualToJson("{\"b\": [1, 2]}").matches(json("{'a': {'b': [1, 2]}}"))).isTrue();
            assertThat(at("$.a").isEqualTo(json("{'b': [1]}")).matches(json("{'a': {'b': [1, 2]}}"))).isFalse();
            assertThat(at("$.ok").isEqualTo(true).matches(json("{'ok': true}"))).isTrue();
        }

        @Test
        void isEqualToJsonRefusesTextThatIsNotJson() {
            assertThatThrownBy(() -> at("$.a").isEqualToJson("{b: 1}"))
                    .isInstanceOf(InvalidMockException.class)
                    .hasMessageStartingWith("isEqualToJson(...) at $.a text that is not JSON: ");
        }

        @Test
        void existsMatchesNullButNotAMissingField() {
            InputMatcher matcher = at("$.a").exists();
            assertThat(matcher.matches(json("{'a': null}"))).isTrue();
            assertThat(matcher.matches(json("{'b': 1}"))).isFalse();
            assertThat(at("$.items[?(@.x == 1)]").exists().matches(json("{'items': [{'x': 2}]}"))).isFalse();
            assertThat(at("$.items[?(@.x == 1)]").exists().matches(json("{'items': [{'x': 1}]}"))).isTrue();
        }

        @Test
        void matchesTestsTheSelectedValueOnly() {
            InputMatcher big = at("$.size").matches(size -> size.asLong() > 100);
            assertThat(big.matches(json("{'size': 101}"))).isTrue();
            assertThat(big.matches(json("{'size': 5}"))).isFalse();
            assertThat(big.matches(json("{}"))).isFalse();
            assertThat(big.description()).isEqualTo("$.size matches a predicate");
        }

        @Test
        void aPathThatIsNotJsonPathIsRefused() {
            assertThatThrownBy(() -> at("Key"))
                    .isInstanceOf(InvalidMockException.class)
                    .hasMessage("at(\"Key\") is not a JSONPath: a path must start with '$'");
        }

        @Test
        void theContextObjectIsNotMatched() {
            assertThatThrownBy(() -> at("$$.Map.Item.Value"))
                    .isInstanceOf(InvalidMockException.class)
                    .hasMessage("at(\"$$.Map.Item.Value\") must read the task's input, starting with '$.' or '$['; "
                            + "the Context object and variables are not matched");
        }
    }

    @Nested
    class Combined {
        private final InputMatcher csv = at("$.Key").matches(k -> k.asText().endsWith(".csv"));
        private final InputMatcher small = at("$.Size").matches(s -> s.asInt() < 10);

        @Test
        void andOrNotCombineAndDescribeThemselves() {
            assertThat(csv.and(small).matches(json("{'Key': 'a.csv', 'Size': 1}"))).isTrue();
            assertThat(csv.and(small).matches(json("{'Key': 'a.csv', 'Size': 50}"))).isFalse();
            assertThat(csv.or(small).matches(json("{'Key': 'a.txt', 'Size': 1}"))).isTrue();
            assertThat(csv.not().matches(json("{'Key': 'a.txt'}"))).isTrue();
            assertThat(csv.and(small.not()).description())
                    .isEqualTo("($.Key matches a predicate) and (not ($.Size matches a predicate))");
        }

        @Test
        void aLambdaIsAMatcherAndCanBeDescribed() {
            InputMatcher lambda = input -> input.has("x");
            assertThat(lambda.description()).isEqualTo("a predicate");
            InputMatcher named = lambda.describedAs("has x");
            assertThat(named.matches(json("{'x': 1}"))).isTrue();
            assertThat(named.description()).isEqualTo("has x");
        }

        @Test
        void matchingTestsTheWholeInputAndOtherwiseEverything() {
            assertThat(matching(input -> input.size() == 2).matches(json("{'a': 1, 'b': 2}"))).isTrue();
            assertThat(matching(input -> input.size() == 2).description()).isEqualTo("input matches a predicate");
            assertThat(otherwise().matches(json("null"))).isTrue();
            assertThat(otherwise().description()).isEqualTo("otherwise");
        }
    }
}
