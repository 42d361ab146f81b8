package dev.sfntest.asl;

import static dev.sfntest.asl.Diagnostic.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Definitions that are not one well-formed JSON document: one located PARSE_ERROR, in plain words. */
class DefinitionsParseTest {

    static InvalidDefinitionException failure(String text) {
        return catchThrowableOfType(InvalidDefinitionException.class, () -> Definitions.parse(text));
    }

    @Nested
    class MalformedJson {
        @Test
        void a_duplicated_state_name_is_refused_at_the_second_one() {
            // when
            InvalidDefinitionException e = failure("""
                    {"StartAt": "A", "States": {
                      "A": {"Type": "Pass", "Result": 1, "End": true},
                      "A": {"Type": "Pass", "Result": 2, "End": true}
                    }}""");

            // then
            assertThat(e.diagnostics()).containsExactly(error("PARSE_ERROR", "3:3",
                    "Invalid JSON: Duplicate key 'A': a key may appear only once in an object"));
        }

        @Test
        void text_after_the_definition_is_refused() {
            // when
            InvalidDefinitionException e = failure("""
                    {"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}
                    {"StartAt": "B"}""");

            // then
            assertThat(e.diagnostics()).containsExactly(error("PARSE_ERROR", "2:1",
                    "Invalid JSON: Unexpected text after the JSON value: a JSON text holds exactly one value"));
        }

        @Test
        void an_unclosed_definition_names_no_parser_internals() {
            // when
            InvalidDefinitionException e = failure("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}");

            // then
            assertThat(e.diagnostics()).containsExactly(error("PARSE_ERROR", "1:54",
                    "Invalid JSON: the text ends before the object that opens at line 1, column 1 is closed"));
        }
    }
}
