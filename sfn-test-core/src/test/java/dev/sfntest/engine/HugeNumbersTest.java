package dev.sfntest.engine;

import static dev.sfntest.engine.EngineFixture.json;
import static dev.sfntest.engine.EngineFixture.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.InvalidDefinitionException;
import dev.sfntest.data.Json;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.ExecutionStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Numbers beyond a double ({@code 1e400}) stay exact; infinity and NaN, which JSON lacks, are refused. */
class HugeNumbersTest {
    private static final String CHOICE = "{'StartAt': 'C', 'States': {'C': {'Type': 'Choice', 'Choices': [{'Variable':"
            + " '$.n', 'NumericEquals': 1e401, 'Next': 'Equal'}], 'Default': 'Different'},"
            + " 'Equal': {'Type': 'Pass', 'Result': 'equal', 'End': true},"
            + " 'Different': {'Type': 'Pass', 'Result': 'different', 'End': true}}}";

    @Nested
    class Json_ {
        @Test
        void aNumberBeyondADoubleIsReadExactlyAndPrintedAsANumber() throws Exception {
            assertThat(Json.write(Json.parse("{\"n\": 1e400, \"m\": -2.5E+999, \"tiny\": 1e-400}")))
                    .isEqualTo("{\"n\":1E+400,\"m\":-2.5E+999,\"tiny\":1E-400}");
        }

        @Test
        void ordinaryNumbersAreUnchanged() throws Exception {
            assertThat(Json.write(Json.parse("[1.5, 0.0, -0.0, 1e3, 0e5]"))).isEqualTo("[1.5,0.0,-0.0,1000.0,0.0]");
        }
    }

    @Nested
    class Choices {
        @Test
        void numericEqualsTellsHugeNumbersApart() {
            assertThat(run(CHOICE, "{'n': 1e400}").output().asText()).isEqualTo("different");
            assertThat(run(CHOICE, "{'n': 1e401}").output().asText()).isEqualTo("equal");
            assertThat(run(CHOICE, "{'n': 10e400}").output().asText()).isEqualTo("equal");
        }
    }

    @Nested
    class DataFlow {
        @Test
        void aHugeNumberPassesThroughAsItCame() {
            ExecutionResult result = run("{'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'End': true}}}",
                    "{'n': 1e400}");
            assertThat(Json.write(result.output())).isEqualTo("{\"n\":1E+400}");
        }

        @Test
        void mathAddRefusesItWithAnIntrinsicFailure() {
            ExecutionResult result = run("{'StartAt': 'P', 'States': {'P': {'Type': 'Pass', 'Parameters':"
                    + " {'sum.$': 'States.MathAdd($.n, 1)'}, 'End': true}}}", "{'n': 1e400}");
            assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(result.error()).isEqualTo("States.IntrinsicFailure");
            assertThat(result.cause()).isEqualTo("Invalid arguments in States.MathAdd: argument 1 is out of range, "
                    + "got number 1E+400");
        }
    }

    @Nested
    class Yaml {
        @Test
        void infinityIsRefusedAtItsLineAndColumn() {
            assertThatThrownBy(() -> Definitions.readTree("StartAt: W\nStates:\n  W:\n    Type: Wait\n"
                    + "    Seconds: .inf\n    End: true\n"))
                    .isInstanceOf(InvalidDefinitionException.class)
                    .hasMessageContaining("PARSE_ERROR 5:14 Invalid YAML: the number .inf cannot be held in JSON "
                            + "(it has no infinity or NaN); write a finite number");
        }

        @Test
        void notANumberIsRefused() {
            assertThatThrownBy(() -> Definitions.readTree("a: .NaN\n")).isInstanceOf(InvalidDefinitionException.class)
                    .hasMessageContaining("Invalid YAML: the number .NaN cannot be held in JSON");
        }

        @Test
        void aNumberBeyondADoubleStaysExact() {
            assertThat(Json.write(Definitions.readTree("a: 1e400\nb: 1.5\n"))).isEqualTo("{\"a\":1E+400,\"b\":1.5}");
        }
    }
}
