package dev.sfntest.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A JSON document is exactly one value with unique keys; errors name the line and column in plain words. */
class JsonStrictnessTest {

    static InvalidJsonException error(String text) {
        InvalidJsonException e = catchThrowableOfType(InvalidJsonException.class, () -> Json.parse(text));
        assertThat(e).as("an error for %s", text).isNotNull();
        return e;
    }

    static String located(InvalidJsonException e) {
        return e.line() + ":" + e.column() + " " + e.problem();
    }

    @Nested
    class TrailingText {
        @ParameterizedTest
        @ValueSource(strings = {"{\"a\":1} trailing", "{\"a\":1}}", "[1] [2]", "{} {}", "\"s\" 1", "true ,",
            "{\"a\":1}\n// note"})
        void text_after_the_value_is_an_error(String text) {
            // when
            InvalidJsonException e = error(text);

            // then
            assertThat(e.problem())
                    .isEqualTo("Unexpected text after the JSON value: a JSON text holds exactly one value");
        }

        @Test
        void the_error_is_located_where_the_trailing_text_starts() {
            // when
            InvalidJsonException e = error("{\n  \"a\": 1\n}\n  extra");

            // then
            assertThat(located(e)).isEqualTo(
                    "4:3 Unexpected text after the JSON value: a JSON text holds exactly one value");
        }

        @Test
        void spaces_and_line_breaks_after_the_value_are_fine() {
            // when / then
            assertThat(Json.parse(" {\"a\": 1} \r\n\t ")).isEqualTo(Json.parse("{\"a\":1}"));
            assertThat(Json.parse("7 \n")).isEqualTo(Json.nodes().numberNode(7));
        }

        @Test
        void run_time_data_is_held_to_it_too() {
            // when
            InvalidJsonException e = catchThrowableOfType(InvalidJsonException.class,
                    () -> Json.parseData("{\"a\":1} x"));

            // then
            assertThat(located(e)).isEqualTo(
                    "1:9 Unexpected text after the JSON value: a JSON text holds exactly one value");
        }
    }

    @Nested
    class DuplicateKeys {
        @Test
        void a_repeated_key_is_an_error_at_the_second_key() {
            // when
            InvalidJsonException e = error("{\"States\": {\n  \"A\": {},\n  \"A\": {}\n}}");

            // then
            assertThat(located(e)).isEqualTo("3:3 Duplicate key 'A': a key may appear only once in an object");
        }

        @Test
        void a_repeated_key_deep_inside_is_found_at_any_depth() {
            // given: one shallow, one 250 levels deep
            String shallow = "[{\"x\": {\"k\": 1, \"k\": 2}}]";
            String deep = "[".repeat(250) + "{\"k\": 1, \"k\": 2}" + "]".repeat(250);

            // when / then
            assertThat(located(error(shallow))).isEqualTo(
                    "1:17 Duplicate key 'k': a key may appear only once in an object");
            assertThat(located(error(deep))).isEqualTo(
                    "1:260 Duplicate key 'k': a key may appear only once in an object");
        }

        @Test
        void a_repeated_key_with_an_escaped_quote_is_located_at_its_opening_quote() {
            // when / then
            assertThat(located(error("{\"a\\\"b\": 1, \"a\\\"b\": 2}"))).isEqualTo(
                    "1:13 Duplicate key 'a\"b': a key may appear only once in an object");
        }

        @Test
        void run_time_data_keeps_the_last_value_as_javascript_does() {
            // when / then
            assertThat(Json.parseData("{\"a\":1,\"b\":2,\"a\":3}")).isEqualTo(Json.parse("{\"a\":3,\"b\":2}"));
        }
    }

    @Nested
    class Messages {
        @Test
        void an_unclosed_object_names_no_parser_internals() {
            // when
            InvalidJsonException e = error("{\"a\": [1, 2]");

            // then
            assertThat(located(e)).isEqualTo("1:13 the text ends before the object that opens at line 1, column 1 is closed");
        }

        @Test
        void a_wrong_close_names_no_parser_internals() {
            // when
            InvalidJsonException e = error("[1, 2}");

            // then
            assertThat(located(e)).isEqualTo("1:6 expected ']' to close the array that opens at line 1, column 1, found '}'");
        }

        @Test
        void a_bad_token_names_the_values_expected() {
            // when
            InvalidJsonException e = error("{\"a\": nope}");

            // then
            assertThat(located(e)).isEqualTo("1:7 expected a value, found 'nope'");
        }

        @Test
        void a_missing_value_names_the_values_expected() {
            // when
            InvalidJsonException e = error("{\"a\": }");

            // then
            assertThat(located(e)).isEqualTo("1:7 expected a value, found '}'");
        }

        @Test
        void a_control_character_in_a_string_is_named() {
            // when
            InvalidJsonException e = error("{\"a\": \"x\ny\"}");

            // then
            assertThat(located(e)).isEqualTo("1:9 a control character (number 10) in a string must be escaped with a backslash");
        }
    }
}
