package dev.sfntest.assertj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sfntest.history.ExecutionResult;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.opentest4j.MultipleFailuresError;

/** Soft assertions collect every failure, also on views, values and invocations navigated to. */
class SoftExecutionAssertionsTest {
    private final ExecutionResult happy = Orders.happy();

    private static List<String> firstLines(List<Throwable> errors) {
        return errors.stream().map(e -> e.getMessage().lines().limit(2).reduce((a, b) -> a + " / " + b).orElse(""))
                .toList();
    }

    @Nested
    class Collecting {
        @Test
        void everyFailureIsCollectedAndTheChainGoesOn() {
            // given
            SoftExecutionAssertions softly = new SoftExecutionAssertions();
            // when
            softly.assertThatExecution(happy).failed().hasNeverEntered("Save failur").hasEntered("Done");
            softly.assertThatExecution(happy).mapIteration("Pack", 5).succeeded();
            softly.assertThatExecution(happy).hasInvoked("Charge").times(3).withInputAt("$.orderId", "o-9").once();
            softly.assertThatExecution(happy).outputAt("$.amount").isEqualToJson("21");
            softly.assertThatExecution(happy).invocations("Ship").hasSize(2);
            softly.assertThat(happy.history()).isNotEmpty();
            // then
            assertThat(firstLines(softly.errorsCollected())).containsExactly(
                    "Expected the execution to have status FAILED / but it was SUCCEEDED.",
                    "Expected the execution to have never entered [Save failur] / but the state machine has no state"
                            + " 'Save failur'; did you mean 'Save failure'?",
                    "Expected the execution to have run iteration 5 of the Map state 'Pack' / but it ran 2 iterations"
                            + " of it.",
                    "Expected iteration 5 of the Map state 'Pack' to have status SUCCEEDED / but it did not run.",
                    "Expected the execution to have invoked Charge 3 times / but it did 2 times.",
                    "Expected the execution to have invoked Charge with $.orderId = \"o-9\" in its input / but none"
                            + " of its 2 invocations did.",
                    "Expected the execution to have invoked Charge with $.orderId = \"o-9\" in its input 1 time / but"
                            + " it did 0 times.",
                    "Expected $.amount in the output of the execution to be 21 / but it was 20.",
                    " / Expected size: 2 but was: 1 in:");
        }

        @Test
        void assertAllReportsThemTogether() {
            SoftExecutionAssertions softly = new SoftExecutionAssertions();
            softly.assertThatExecution(happy).failed();
            softly.assertThatExecution(happy).hasInvoked("Pick").once();

            AssertionError error = catchThrowableOfType(AssertionError.class, softly::assertAll);

            assertThat(error).isInstanceOf(MultipleFailuresError.class)
                    .hasMessageContaining("Expected the execution to have status FAILED")
                    .hasMessageContaining("Expected the execution to have invoked Pick 1 time");
        }

        @Test
        void theAutoCloseableFormAssertsAllWhenClosed() {
            AssertionError error = catchThrowableOfType(AssertionError.class, () -> {
                try (AutoCloseableSoftExecutionAssertions softly = new AutoCloseableSoftExecutionAssertions()) {
                    softly.assertThatExecution(happy).succeeded().hasEntered("Done");
                    softly.assertThatExecution(happy).timedOut();
                }
            });

            assertThat(error).hasMessageContaining("Expected the execution to have status TIMED_OUT")
                    .hasMessageNotContaining("SUCCEEDED\n");
        }

        @Test
        void theProviderAddsExecutionsToSoftAssertionsOfYourOwn() {
            class MySoftAssertions extends org.assertj.core.api.SoftAssertions
                    implements ExecutionSoftAssertionsProvider {
            }
            MySoftAssertions softly = new MySoftAssertions();

            softly.assertThatExecution(happy).hasEntered("Done").hasRetried("Charge", 0);
            softly.assertThat("ok").isEqualTo("ok");

            assertThat(firstLines(softly.errorsCollected())).containsExactly(
                    "Expected the execution to have retried Charge 0 times / but it retried it 1 time (errors [Busy]).");
        }

        @Test
        void nothingFailedNothingIsReported() {
            try (AutoCloseableSoftExecutionAssertions softly = new AutoCloseableSoftExecutionAssertions()) {
                softly.assertThatExecution(happy).succeeded().hasInvoked("Charge").times(2);
                softly.assertThatExecution(happy).parallelBranch("Fulfil", "Ship").succeeded();
            }
        }
    }

    @Nested
    class WithJunitsSoftAssertionsExtension {
        @Test
        void anInjectedSoftExecutionAssertionsFailsTheTestWithEveryError() {
            EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                    .configurationParameter(OnlyInTestKit.PARAMETER, "true")
                    .selectors(DiscoverySelectors.selectClass(InjectedSoftlyFixture.class)).execute();

            results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
            Throwable failure = results.testEvents().failed().list().get(0).getRequiredPayload(
                    TestExecutionResult.class).getThrowable().orElseThrow();
            assertThat(failure).isInstanceOf(MultipleFailuresError.class);
            assertThat(((MultipleFailuresError) failure).getFailures()).extracting(Throwable::getMessage)
                    .satisfiesExactly(
                            first -> assertThat(first).startsWith("Expected the execution to have status FAILED\n"),
                            second -> assertThat(second).startsWith("Expected the execution to have never entered"
                                    + " [Done]\nbut it entered [Done].\n"));
        }
    }
}
