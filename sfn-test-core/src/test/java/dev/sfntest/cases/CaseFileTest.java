package dev.sfntest.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.data.Json;
import dev.sfntest.engine.StateMachineType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CaseFileTest {
    private static final String DEFINITION = "\"definition\": {\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": "
            + "\"Pass\", \"End\": true}}}";

    @Nested
    class StateMachineTypes {
        @Test
        void expressInCapitalsRunsAsExpress() {
            CaseFile file = CaseFile.of(Json.parse("{" + DEFINITION + ", \"stateMachineType\": \"EXPRESS\"}"), "c");

            assertThat(file.type()).isEqualTo(StateMachineType.EXPRESS);
        }

        @Test
        void aLowercaseTypeIsRefusedInsteadOfRunningAsStandard() {
            var root = Json.parse("{" + DEFINITION + ", \"stateMachineType\": \"express\"}");

            assertThatThrownBy(() -> CaseFile.of(root, "c"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("\"stateMachineType\" must be \"STANDARD\" or \"EXPRESS\", found \"express\"");
        }
    }
}
