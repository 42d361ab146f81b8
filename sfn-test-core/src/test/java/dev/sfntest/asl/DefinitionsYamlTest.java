package dev.sfntest.asl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** YAML definitions are read with YAML 1.2 scalars. */
class DefinitionsYamlTest {

    @Test
    void yes_and_no_stay_strings() {
        // given
        String yaml = """
                StartAt: Ask
                States:
                  Ask: {Type: Choice, Choices: [{Variable: $.ok, BooleanEquals: true, Next: Yes}], Default: No}
                  Yes: {Type: Succeed}
                  No: {Type: Fail}
                """;

        // when
        JsonNode tree = Definitions.readTree(yaml);

        // then
        assertThat(tree.at("/States/Ask/Choices/0/Next").textValue()).isEqualTo("Yes");
        assertThat(tree.at("/States/Ask/Choices/0/BooleanEquals").isBoolean()).isTrue();
        assertThat(tree.at("/States/Ask/Default").textValue()).isEqualTo("No");
        assertThat(Validator.validate(tree)).isEmpty();
    }

    @Test
    void invalid_yaml_is_a_parse_error_at_line_and_column() {
        // when / then
        assertThatThrownBy(() -> Definitions.readTree("StartAt: A\nStates: [unclosed\n"))
                .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> assertThat(e.diagnostics())
                        .singleElement()
                        .satisfies(d -> {
                            assertThat(d.code()).isEqualTo("PARSE_ERROR");
                            assertThat(d.location()).isEqualTo("3:1");
                            assertThat(d.message()).startsWith("Invalid YAML: ");
                        }));
    }
}
