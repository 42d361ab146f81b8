package dev.sfntest.asl.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.asl.InvalidDefinitionException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class Yaml12Test {
    @Nested
    class ParseErrors {
        @Test
        void theParsersTokenNamesAreWrittenInPlainWords() {
            assertThatThrownBy(() -> Yaml12.readTree("StartAt: A\nStates:\n  A: [1, 2\n"))
                    .isInstanceOf(InvalidDefinitionException.class)
                    .hasMessageEndingWith("ERROR PARSE_ERROR 4:1 Invalid YAML: expected ',' or ']', but got the end of "
                            + "the text");
        }

        @Test
        void anUnclosedStringEndsAtTheEndOfTheText() {
            assertThatThrownBy(() -> Yaml12.readTree("StartAt: \"A\n"))
                    .hasMessageEndingWith("ERROR PARSE_ERROR 2:1 Invalid YAML: found unexpected end of the text");
        }
    }
}
