package dev.sfntest.assertj;

import static dev.sfntest.assertj.SfnAssertions.assertThatExecution;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sfntest.asl.Definitions;
import dev.sfntest.data.Json;
import dev.sfntest.engine.Engine;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.ExecutionStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** ExecutionAssert is an AssertJ assertion: as, satisfies, extracting, and asserts on the output and variables. */
class NavigationTest {
    private final ExecutionResult happy = Orders.happy();

    static ExecutionResult assigning() throws Exception {
        return Engine.builder().build().execute(Definitions.parse("""
                {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Assign": {"total": 270, "who": "ada"}, "Next": "B"},
                  "B": {"Type": "Pass", "Assign": {"total": 300}, "Output": {"done": true}, "End": true}}}
                """), Json.parse("{}"));
    }

    @Nested
    class AssertJ {
        @Test
        void asDescribesTheFailure() {
            AssertionError error = catchThrowableOfType(AssertionError.class,
                    () -> assertThatExecution(happy).as("the happy order").failed());

            assertThat(error).hasMessageStartingWith("""
                    [the happy order] Expected the execution to have status FAILED
                    but it was SUCCEEDED.
                    Path taken:""");
        }

        @Test
        void satisfiesAndExtractingWork() {
            assertThatExecution(happy).satisfies(r -> assertThat(r.history()).hasSize(45))
                    .extracting(ExecutionResult::status).isEqualTo(ExecutionStatus.SUCCEEDED);
        }

        @Test
        void aSubclassAddsItsOwnChecksAndKeepsItsType() {
            class OrderAssert extends AbstractExecutionAssert<OrderAssert> {
                OrderAssert(ExecutionResult actual) {
                    super(actual, OrderAssert.class);
                }

                OrderAssert wasCharged() {
                    return hasEntered("Charge").hasOutputAt("$.charge.Payload.chargeId", "ch-1");
                }
            }

            new OrderAssert(happy).succeeded().wasCharged().hasNeverEntered("Save failure");
        }

        @Test
        void aNullResultFailsAsAssertJSays() {
            AssertionError error = catchThrowableOfType(AssertionError.class,
                    () -> assertThatExecution(null).succeeded());

            assertThat(error).hasMessageContaining("Expecting actual not to be null");
        }
    }

    @Nested
    class Output {
        @Test
        void outputAndValuesInItAreJsonAssertions() {
            assertThatExecution(happy).output()
                    .containsJson("{\"charge\": {\"Payload\": {\"chargeId\": \"ch-1\"}}}")
                    .at("$.items").isEqualToJson("[\"a\", \"b\"]");
            assertThatExecution(happy).outputAt("$.amount").isEqualToValue(20.0).isEqualToJson("20");
            assertThatExecution(Orders.tooLarge()).output().isNull();
        }

        @Test
        void aDifferenceIsLocated() {
            AssertionFailedError error = catchThrowableOfType(AssertionFailedError.class,
                    () -> assertThatExecution(happy).output().containsJson("{\"charge\": {\"Payload\": 1}}"));

            assertThat(error).hasMessage("""
                    Expected the output of the execution to contain {"charge":{"Payload":1}}
                    but in it /charge/Payload is {"chargeId":"ch-1"}, not 1.""");
            assertThat(error.getExpected().getValue()).isEqualTo("{\"charge\":{\"Payload\":1}}");
        }

        @Test
        void aValueAtAPath() {
            assertThat(catchThrowableOfType(AssertionFailedError.class, () -> assertThatExecution(happy)
                    .outputAt("$.charge.Payload.chargeId").isEqualToValue("ch-9"))).hasMessage("""
                    Expected $.charge.Payload.chargeId in the output of the execution to be "ch-9"
                    but it was "ch-1".""");
            assertThat(catchThrowableOfType(AssertionFailedError.class, () -> assertThatExecution(happy)
                    .outputAt("$.nope").isEqualToJson("1"))).hasMessage("""
                    Expected $.nope in the output of the execution to be 1
                    but there is no such value.""");
        }

        @Test
        void anIterationsOutput() {
            assertThatExecution(happy).mapIteration("Pack", 1).output().isEqualToJson("{\"picked\": true}");
        }
    }

    @Nested
    class Variables {
        @Test
        void areAMapAndEachAJsonAssertion() throws Exception {
            ExecutionResult result = assigning();

            assertThatExecution(result).variables().containsOnlyKeys("total", "who");
            assertThatExecution(result).variable("total").isEqualToJson("300");
            assertThatExecution(result).variable("never").isNull();
        }

        @Test
        void aWrongValueNamesTheVariable() throws Exception {
            ExecutionResult result = assigning();

            assertThat(catchThrowableOfType(AssertionFailedError.class,
                    () -> assertThatExecution(result).variable("who").isEqualToValue("bob"))).hasMessage("""
                    Expected $who of the execution to be "bob"
                    but it was "ada".""");
        }
    }
}
