package dev.sfntest.examples.docs;

import static dev.sfntest.assertj.SfnAssertions.assertThatExecution;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.asl.StateMachine;
import dev.sfntest.assertj.SoftExecutionAssertions;
import dev.sfntest.assertj.TaskCall;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.junit5.Definition;
import dev.sfntest.junit5.Lenient;
import dev.sfntest.junit5.MockConfig;
import dev.sfntest.junit5.ReportMode;
import dev.sfntest.junit5.Seed;
import dev.sfntest.junit5.StartInstant;
import dev.sfntest.junit5.StepFunctionExtension;
import dev.sfntest.junit5.StepFunctionRunner;
import dev.sfntest.junit5.StepFunctionTest;
import dev.sfntest.engine.VirtualClock;
import dev.sfntest.mock.TaskMocks;
import java.time.Duration;
import java.time.Instant;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The snippets of docs/junit5.md, compiled and run. */
class Junit5DocsTest {

    // snippet:junit5-class
    @StepFunctionTest(value = "hello/hello.asl.json", report = ReportMode.ON_FAILURE)
    @MockConfig(value = "hello/hello.mocks.json", testCase = "HappyPath")     // for every test of the class
    @Nested
    class HelloOrders {
        @Test
        void chargeSmallOrdersAtOnce(StepFunctionRunner runner) {
            ExecutionResult result = runner.run("{\"orderId\": \"o-7\", \"amount\": 20}");

            assertThatExecution(result).succeeded()
                    .hasEnteredExactly("PrepareOrder", "IsLargeOrder", "ChargeCard")
                    .hasStateOutput("PrepareOrder", "{\"orderId\": \"o-7\", \"amount\": 20, \"status\": \"NEW\"}")
                    .hasDuration(Duration.ZERO);
        }

        @Test
        @MockConfig(value = "hello/hello.mocks.json", testCase = "CardDeclined")   // this test only
        void failWhenTheCardIsDeclined(StepFunctionRunner runner) {
            assertThatExecution(runner.run("{\"orderId\": \"o-7\", \"amount\": 20}")).failed()
                    .hasError("CardDeclined").hasCause("The card was declined")
                    .hasAttempts("ChargeCard", 1);
        }
    }
    // end-snippet

    @StepFunctionTest("hello/hello.asl.json")
    @Nested
    class TimeAndSeeds {
        // snippet:junit5-clock
        @Test
        @StartInstant("2025-12-31T12:00:00Z")
        @Seed(7)
        void twoOrdersFollowEachOtherOnTheTestsClock(StepFunctionRunner runner, VirtualClock clock) {
            runner.mock(TaskMocks.forState("ChargeCard").returns("{\"Payload\": {\"chargeId\": \"c\"}}").andSoOn());

            runner.run("{\"orderId\": \"o-1\", \"amount\": 250}");          // waits a virtual day
            clock.advance(Duration.ofHours(1));
            ExecutionResult second = runner.run("{\"orderId\": \"o-2\", \"amount\": 20}");

            assertThatExecution(second).startedAt(Instant.parse("2026-01-01T13:00:00Z"));
            assertThat(runner.executions()).hasSize(2);
        }
        // end-snippet

        // snippet:junit5-parameters
        @Test
        @Lenient                                                       // mocks may go unused
        void parametersTheExtensionResolves(StepFunctionRunner runner, StateMachine machine, TaskMocks mocks,
                @Definition("order-saga/order-saga.asl.json") StateMachine saga) {
            assertThat(machine.graph().startAt()).isEqualTo("PrepareOrder");
            assertThat(saga.graph().startAt()).isEqualTo("ReserveInventory");
            assertThat(mocks.recorded().isEmpty()).isTrue();
        }
        // end-snippet
    }

    @Nested
    class InCode {
        // snippet:junit5-extension
        @RegisterExtension
        static final StepFunctionExtension SFN = StepFunctionExtension.builder()
                .definition("hello/hello.asl.json")
                .mockConfig("hello/hello.mocks.json", "HappyPath")
                .startInstant(Instant.parse("2025-06-01T00:00:00Z"))
                .build();

        @Test
        void chargesTheCard(StepFunctionRunner runner) {
            assertThatExecution(runner.run("{\"orderId\": \"o-1\", \"amount\": 20}")).succeeded()
                    .endedAt(Instant.parse("2025-06-01T00:00:00Z"));
        }
        // end-snippet
    }

    @StepFunctionTest("hello/hello.asl.json")
    @MockConfig(value = "hello/hello.mocks.json", testCase = "HappyPath")
    @Nested
    class Snapshots {
        // snippet:junit5-snapshot
        @Test
        void aLargeOrderWaitsForReviewThenCharges(StepFunctionRunner runner) {
            ExecutionResult result = runner.run("{\"orderId\": \"o-8\", \"amount\": 250}");

            // src/test/resources/__snapshots__/<this class>/aLargeOrderWaitsForReviewThenCharges.json
            assertThatExecution(result).succeeded().matchesSnapshot();
        }
        // end-snippet
    }

    @StepFunctionTest("hello/hello.asl.json")
    @Nested
    class Assertions {
        // snippet:junit5-assertions
        @Test
        void aLargeOrderIsChargedOnceAfterADay(StepFunctionRunner runner) {
            runner.mock(TaskMocks.forState("ChargeCard").returns("{\"Payload\": {\"chargeId\": \"ch-1\"}}"));

            ExecutionResult result = runner.run("{\"orderId\": \"o-9\", \"amount\": 250}");

            assertThatExecution(result).as("order o-9").succeeded()
                    .hasEnteredInOrder("WaitForReview", "ChargeCard")
                    .hasInvoked("ChargeCard").once()
                    .withParametersAt("$.Payload.orderId", "o-9").once();
            assertThatExecution(result).outputAt("$.charge").isEqualToJson("{\"chargeId\": \"ch-1\"}");
            assertThatExecution(result).invocations("ChargeCard")
                    .extracting(TaskCall::scheduledAt).containsExactly(Instant.parse("2025-01-02T00:00:00Z"));
        }
        // end-snippet
    }

    @StepFunctionTest("hello/hello.asl.json")
    @ExtendWith(SoftAssertionsExtension.class)
    @Nested
    class Softly {
        // snippet:junit5-soft
        @InjectSoftAssertions
        SoftExecutionAssertions softly;          // every failure of the test, reported together after it

        @Test
        void checksEverythingBeforeFailing(StepFunctionRunner runner) {
            runner.mock(TaskMocks.forState("ChargeCard").returns("{\"Payload\": {\"chargeId\": \"ch-1\"}}"));

            ExecutionResult result = runner.run("{\"orderId\": \"o-9\", \"amount\": 20}");

            softly.assertThatExecution(result).succeeded().hasNeverEntered("WaitForReview");
            softly.assertThatExecution(result).outputAt("$.status").isEqualToValue("NEW");
            softly.assertThatExecution(result).hasInvoked("ChargeCard").once();
            softly.assertThat(runner.executions()).hasSize(1);
        }
        // end-snippet
    }
}
