package dev.sfntest.asl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Definitions that nest deeper than sfn-test reads end in a located diagnostic, never a stack overflow. */
class DeepStructuresTest {
    private static InvalidDefinitionException invalid(String text) {
        try {
            Definitions.parse(text);
        } catch (InvalidDefinitionException e) {
            return e;
        }
        throw new AssertionError("valid");
    }

    @Nested
    class Yaml {
        @Test
        void aDocumentNestedAThousandAndOneLevelsIsAParseErrorAtTheLevelPastTheLimit() {
            // the three mappings around Result count: the 998th bracket is the 1001st level
            String yaml = "StartAt: A\nStates:\n  A:\n    Type: Pass\n    Result: " + "[".repeat(1001) + "]".repeat(1001)
                    + "\n    End: true\n";

            assertThat(invalid(yaml).diagnostics()).extracting(Diagnostic::toString).containsExactly(
                    "ERROR PARSE_ERROR 5:1010 Invalid YAML: it nests deeper than 1000 levels, the most sfn-test reads");
        }

        @Test
        void aThousandLevelsAreRead() {
            String yaml = "StartAt: A\nStates:\n  A:\n    Type: Pass\n    Result: " + "[".repeat(997) + "]".repeat(997)
                    + "\n    End: true\n";

            assertThat(Definitions.parse(yaml).graph().state("A")).isInstanceOf(PassState.class);
        }
    }

    @Nested
    class Intrinsics {
        @Test
        void callsNestedDeeperThanAThousandLevelsAreAnInvalidIntrinsic() {
            String call = "States.Array(".repeat(1001) + "1" + ")".repeat(1001);
            String definition = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Parameters\": {\"x.$\": \""
                    + call + "\"}, \"End\": true}}}";

            Diagnostic diagnostic = invalid(definition).diagnostics().get(0);

            assertThat(diagnostic.code()).isEqualTo("INVALID_INTRINSIC");
            assertThat(diagnostic.location()).isEqualTo("/States/A/Parameters/x.$");
            assertThat(diagnostic.message()).startsWith("'x.$' is not a valid intrinsic function call: The calls nest "
                    + "deeper than 1000 levels, the most sfn-test reads (column 13001 of \"States.Array(States.Array(");
        }
    }

    @Nested
    class Jsonata {
        @Test
        void anExpressionNestedTooDeeplyToParseIsInvalid() {
            String expression = "(".repeat(20_000) + "1" + ")".repeat(20_000);
            String definition = "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": "
                    + "\"Pass\", \"Output\": \"{% " + expression + " %}\", \"End\": true}}}";

            Diagnostic diagnostic = invalid(definition).diagnostics().get(0);

            assertThat(diagnostic.code()).isEqualTo("INVALID_JSONATA");
            assertThat(diagnostic.message()).endsWith("': it nests too deeply to be read");
        }
    }

    @Nested
    class Json {
        @Test
        void nestingDeeperThanAThousandLevelsIsAParseErrorInPlainWords() {
            String definition = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Result\": "
                    + "[".repeat(1001) + "]".repeat(1001) + ", \"End\": true}}}";

            assertThatThrownBy(() -> Definitions.parse(definition))
                    .hasMessageEndingWith("Invalid JSON: the JSON nests deeper than 1000 levels, the most sfn-test reads");
        }
    }
}
