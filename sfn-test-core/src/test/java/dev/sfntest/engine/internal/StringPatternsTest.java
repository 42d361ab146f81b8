package dev.sfntest.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Patterns below are the decoded strings, as a definition's JSON yields them. */
class StringPatternsTest {

    @Nested
    class Wildcards {
        @ParameterizedTest(name = "''{0}'' against ''{1}'' is {2}")
        @CsvSource(delimiter = '|', value = {
            "''          | ''        | true",
            "''          | *         | true",
            "abc         | *         | true",
            "abc         | abc       | true",
            "abc         | ab        | false",
            "a           | a*a       | false",
            "aa          | a*a       | true",
            "aaa         | *aa       | true",
            "abXcdYab    | ab*cd*ab  | true",
            "abcdab      | *ab*ab    | true",
            "abXab       | *ab*ab*ab | false",
            "Log-1.TXT   | log-*.txt | false",
            "x**y        | x**y      | true",
            "xy          | x**y      | true",
        })
        void starMatchesAnyRunAndTheWholeStringMustMatch(String text, String pattern, boolean expected) {
            // when
            boolean matched = StringPatterns.matches(text, pattern);
            // then
            assertThat(matched).isEqualTo(expected);
        }
    }

    @Nested
    class Escapes {
        @Test
        void backslashMakesTheNextCharacterLiteral() {
            // given / when / then
            assertThat(StringPatterns.matches("a*b", "a\\*b")).isTrue();
            assertThat(StringPatterns.matches("aXb", "a\\*b")).isFalse();
            assertThat(StringPatterns.matches("a\\b", "a\\\\b")).isTrue();
            assertThat(StringPatterns.matches("a\\anything", "a\\\\*")).isTrue();
            assertThat(StringPatterns.matches("a\\*", "a\\\\\\*")).isTrue();
        }

        @Test
        void aTrailingBackslashMatchesItself() {
            // given / when / then
            assertThat(StringPatterns.literals("end\\")).containsExactly("end\\");
            assertThat(StringPatterns.matches("end\\", "end\\")).isTrue();
        }
    }
}
