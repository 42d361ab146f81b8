package dev.sfntest.assertj;

import static dev.sfntest.assertj.SfnAssertions.assertThatExecution;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sfntest.history.ExecutionResult;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** What Tasks received, verified Mockito-style, with the invocations that happened in each failure. */
class InvocationAssertTest {
    private static final String CHARGES = """
            Invocations of Charge:
              Charge attempt 0 at +00:00:00: input {"orderId":"o-1","amount":20,"items":["a","b"]}, \
            parameters {"FunctionName":"charge","Payload":{"orderId":"o-1","amount":20}}
              Charge attempt 1 at +00:00:01: input {"orderId":"o-1","amount":20,"items":["a","b"]}, \
            parameters {"FunctionName":"charge","Payload":{"orderId":"o-1","amount":20}}""";

    private final ExecutionResult happy = Orders.happy();

    private static AssertionFailedError failure(org.assertj.core.api.ThrowableAssert.ThrowingCallable check) {
        return catchThrowableOfType(AssertionFailedError.class, check);
    }

    @Nested
    class Passing {
        @Test
        void countsNarrowedByInputAndParameters() {
            assertThatExecution(happy).hasInvoked("Charge").times(2).atLeast(1)
                    .withParametersAt("$.Payload.amount", 20).times(2)
                    .withInputAt("$.orderId", "o-1").times(2);
            assertThatExecution(happy).hasInvoked("Pick").withParametersAt("$", "b").once();
            assertThatExecution(happy).hasInvoked("Charge").withInputAt("$", Map.of("orderId", "o-1", "amount", 20.0,
                    "items", java.util.List.of("a", "b"))).times(2);
            assertThatExecution(happy).mapIteration("Pack", 0).hasInvoked("Pick").once().withInputAt("$", "a");
            assertThatExecution(Orders.tooLarge()).hasNotInvoked("Pick");
        }

        @Test
        void invocationsAreAListForAssertJ() {
            assertThatExecution(happy).invocations("Charge").extracting(TaskCall::attempt).containsExactly(0, 1);
            assertThatExecution(happy).invocations("Pick").hasSize(2)
                    .allSatisfy(call -> assertThat(call.resource()).endsWith("function:pick"));
            assertThatExecution(Orders.tooLarge()).invocations("Pick").isEmpty();
        }
    }

    @Nested
    class Failing {
        @Test
        void aWrongCountListsTheInvocations() {
            AssertionFailedError error = failure(() -> assertThatExecution(happy).hasInvoked("Charge").times(3));

            assertThat(error).hasMessage("Expected the execution to have invoked Charge 3 times\nbut it did 2 times.\n"
                    + CHARGES);
            assertThat(error.getExpected().getValue()).isEqualTo(3);
            assertThat(error.getActual().getValue()).isEqualTo(2);
        }

        @Test
        void tooFewInvocationsForAtLeast() {
            AssertionFailedError error = failure(() -> assertThatExecution(happy).hasInvoked("Charge").atLeast(3));

            assertThat(error).hasMessage("Expected the execution to have invoked Charge at least 3 times\n"
                    + "but it did 2 times.\n" + CHARGES);
        }

        @Test
        void noInvocationWithTheInputListsThoseThatHappened() {
            AssertionFailedError error = failure(() -> assertThatExecution(happy).hasInvoked("Charge")
                    .withInputAt("$.orderId", "o-9"));

            assertThat(error).hasMessage("Expected the execution to have invoked Charge with $.orderId = \"o-9\" in its"
                    + " input\nbut none of its 2 invocations did.\n" + CHARGES);
        }

        @Test
        void aNarrowedCountSaysHowItWasNarrowed() {
            AssertionFailedError error = failure(() -> assertThatExecution(happy).hasInvoked("Pick")
                    .withParametersAt("$", "a").times(2));

            assertThat(error).hasMessage("""
                    Expected the execution to have invoked Pick with $ = "a" in its parameters 2 times
                    but it did 1 time.
                    Invocations of Pick:
                      Pick attempt 0 at +00:00:01: input "a", parameters "a"
                      Pick attempt 1 at +00:00:01: input "b", parameters "b\"""");
        }

        @Test
        void aTaskNeverInvokedListsEveryTaskInvocation() {
            AssertionFailedError error = failure(() -> assertThatExecution(Orders.tooLarge()).hasInvoked("Pick"));

            assertThat(error).hasMessage("""
                    Expected the execution to have invoked Pick
                    but it never did.
                    Task invocations:
                      Charge attempt 0 at +00:00:00: input {"orderId":"o-2","amount":5000,"items":[]}, \
                    parameters {"FunctionName":"charge","Payload":{"orderId":"o-2","amount":5000}}
                      Ship attempt 0 at +00:00:00: input {"orderId":"o-2","amount":5000,"items":[],\
                    "charge":{"Payload":{"chargeId":"ch-2"}}}, parameters {"orderId":"o-2","amount":5000,"items":[],\
                    "charge":{"Payload":{"chargeId":"ch-2"}}}""");
        }

        @Test
        void aMisspeltOrNonTaskStateIsNamed() {
            assertThat(failure(() -> assertThatExecution(happy).hasInvoked("Chrage"))).hasMessage("""
                    Expected the execution to have invoked Chrage
                    but the state machine has no Task state 'Chrage'; did you mean 'Charge'?""");
            assertThat(failure(() -> assertThatExecution(happy).hasInvoked("Validate"))).hasMessage("""
                    Expected the execution to have invoked Validate
                    but 'Validate' is a Pass state, not a Task state (its Task states: [Charge, Ship, Pick]).""");
            assertThat(failure(() -> assertThatExecution(happy).invocations("Pik"))).hasMessage("""
                    Expected the execution to have invoked Pik
                    but the state machine has no Task state 'Pik'; did you mean 'Pick'?""");
        }

        @Test
        void hasNotInvokedListsTheInvocations() {
            AssertionFailedError error = failure(() -> assertThatExecution(happy).hasNotInvoked("Pick"));

            assertThat(error).hasMessageStartingWith("""
                    Expected the execution to have never invoked Pick
                    but it invoked it 2 times:
                      Pick attempt 0 at +00:00:01: input "a", parameters "a"
                      Pick attempt 1 at +00:00:01: input "b", parameters "b".
                    Path taken: Validate →""");
        }
    }
}
