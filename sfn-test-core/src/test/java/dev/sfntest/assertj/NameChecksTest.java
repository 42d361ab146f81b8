package dev.sfntest.assertj;

import static dev.sfntest.assertj.SfnAssertions.assertThatExecution;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sfntest.history.ExecutionResult;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A state, branch or Map the definition does not have fails with a "did you mean" instead of passing. */
class NameChecksTest {
    private static final String HAPPY_TAIL = """
            Path taken: Validate → Charge → Fulfil → Ship → Check stock → Stock ok → Pack → Pick → Pick → Done
            Last events (virtual time since the start):
              ... 37 earlier events
              #38  +00:00:01       LambdaFunctionSucceeded    Pick: {"picked":true}
              #39  +00:00:01       TaskStateExited            Pick
              #40  +00:00:01       MapIterationSucceeded      Pack: iteration 1
              #41  +00:00:01       MapStateSucceeded          Pack
              #42  +00:00:01       MapStateExited             Pack
              #43  +00:00:01       SucceedStateEntered        Done
              #44  +00:00:01       SucceedStateExited         Done
              #45  +00:00:01       ExecutionSucceeded         {"orderId":"o-1","amount":20,"items":["a","b"],"charge":{"Payload":{"chargeId":"ch-1"}}}""";

    private final ExecutionResult happy = Orders.happy();

    private static AssertionError failure(org.assertj.core.api.ThrowableAssert.ThrowingCallable check) {
        return catchThrowableOfType(AssertionError.class, check);
    }

    @Nested
    class States {
        @Test
        void aMisspeltStateInHasNeverEnteredFailsInsteadOfPassing() {
            // when
            AssertionError error = failure(() -> assertThatExecution(happy).hasNeverEntered("Save failur"));
            // then
            assertThat(error).hasMessage("""
                    Expected the execution to have never entered [Save failur]
                    but the state machine has no state 'Save failur'; did you mean 'Save failure'?
                    """ + HAPPY_TAIL);
        }

        @Test
        void aNameFarFromEveryStateListsTheStates() {
            AssertionError error = failure(() -> assertThatExecution(happy).hasEntered("Validate", "Refund"));

            assertThat(error).hasMessageStartingWith("""
                    Expected the execution to have entered [Validate, Refund]
                    but the state machine has no state 'Refund' (it has [Validate, Charge, Fulfil, Ship, Check stock, \
                    Too large, Stock ok, Pack, Pick, Done, Save failure]).
                    Path taken: Validate →""");
        }

        @Test
        void everyCheckThatNamesAStateChecksIt() {
            assertThat(failure(() -> assertThatExecution(happy).hasEnteredInOrder("Validate", "Chrge")))
                    .hasMessageContaining("but the state machine has no state 'Chrge'; did you mean 'Charge'?\n");
            assertThat(failure(() -> assertThatExecution(happy).hasEnteredExactly("Validat")))
                    .hasMessageContaining("no state 'Validat'; did you mean 'Validate'?\n");
            assertThat(failure(() -> assertThatExecution(happy).hasAttempts("Chareg", 2)))
                    .hasMessageContaining("no state 'Chareg'; did you mean 'Charge'?\n");
            assertThat(failure(() -> assertThatExecution(happy).hasRetried("charge", 1)))
                    .hasMessageContaining("no state 'charge'; did you mean 'Charge'?\n");
            assertThat(failure(() -> assertThatExecution(happy).hasCaught("Fulfill", "X")))
                    .hasMessageContaining("no state 'Fulfill'; did you mean 'Fulfil'?\n");
            assertThat(failure(() -> assertThatExecution(happy).hasStateInput("Pik", "{}")))
                    .hasMessageContaining("no state 'Pik'; did you mean 'Pick'?\n");
            assertThat(failure(() -> assertThatExecution(happy).hasStateOutput("Pik", "{}")))
                    .hasMessageContaining("no state 'Pik'; did you mean 'Pick'?\n");
            assertThat(failure(() -> assertThatExecution(happy).enteredAt("Don", java.time.Instant.EPOCH)))
                    .hasMessageContaining("no state 'Don'; did you mean 'Done'?\n");
        }

        @Test
        void statesInsideBranchesAndIterationsAreKnown() {
            assertThatExecution(happy).hasEntered("Ship", "Check stock", "Pick").hasNeverEntered("Too large");
        }

        @Test
        void aResultWithoutItsDefinitionChecksNoNames() {
            ExecutionResult unknown = new ExecutionResult(happy.status(), happy.output(), happy.error(), happy.cause(),
                    happy.startDate(), happy.stopDate(), happy.history());

            assertThatExecution(unknown).hasNeverEntered("Save failur");
        }
    }

    @Nested
    class MapsAndBranches {
        @Test
        void aMisspeltMapState() {
            AssertionError error = failure(() -> assertThatExecution(happy).mapIteration("Pak", 0));

            assertThat(error).hasMessage("""
                    Expected the execution to have run iteration 0 of the Map state 'Pak'
                    but the state machine has no Map state 'Pak'; did you mean 'Pack'?
                    """ + HAPPY_TAIL);
        }

        @Test
        void aStateOfAnotherType() {
            AssertionError error = failure(() -> assertThatExecution(happy).mapIteration("Fulfil", 0));

            assertThat(error).hasMessageStartingWith("""
                    Expected the execution to have run iteration 0 of the Map state 'Fulfil'
                    but 'Fulfil' is a Parallel state, not a Map state (its Map states: [Pack]).
                    Path taken:""");
        }

        @Test
        void aMisspeltBranchStart() {
            AssertionError error = failure(() -> assertThatExecution(happy).parallelBranch("Fulfil", "Chek stock"));

            assertThat(error).hasMessageStartingWith("""
                    Expected the execution to have run the branch of the Parallel state 'Fulfil' starting at \
                    'Chek stock'
                    but the state machine has no branch of the Parallel state 'Fulfil' starting at 'Chek stock'; \
                    did you mean 'Check stock'? (its branches start at [Ship, Check stock])
                    Path taken:""");
        }

        @Test
        void anIterationThatDidNotRunFailsAndSoDoesEveryCheckOnIt() {
            AssertionError error = failure(() -> assertThatExecution(happy).mapIteration("Pack", 2));

            assertThat(error).hasMessageStartingWith("""
                    Expected the execution to have run iteration 2 of the Map state 'Pack'
                    but it ran 2 iterations of it.
                    Path taken: Validate →""");
        }
    }
}
