package dev.sfntest.junit5;

import static dev.sfntest.assertj.SfnAssertions.assertThatTestState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sfntest.assertj.SoftExecutionAssertions;
import dev.sfntest.teststate.InspectionLevel;
import dev.sfntest.teststate.TestStateRequest;
import dev.sfntest.teststate.TestStateResponse;
import dev.sfntest.teststate.TestStates;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** TestState answers are checked with AssertJ-style assertions that show the whole answer on failure. */
@StepFunctionTest("machines/hello.asl.json")
class TestStateAssertTest {
    private static final String CHARGE = "{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\", "
            + "\"Retry\": [{\"ErrorEquals\": [\"Busy\"], \"IntervalSeconds\": 2, \"MaxAttempts\": 3}], "
            + "\"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Failed\"}], \"Next\": \"Ship\"}";

    private static TestStateResponse charge(TestStateRequest.Mock mock, int retries) {
        return TestStates.run(TestStateRequest.builder().definition(CHARGE).input("{\"amount\": 5}").mock(mock)
                .stateConfiguration(new TestStateRequest.StateConfiguration(retries, null, null, null))
                .inspectionLevel(InspectionLevel.DEBUG).build());
    }

    @Nested
    class Passing {
        @Test
        void everyCheckOfTheAnswerPasses() {
            // given
            TestStateResponse succeeded = charge(TestStateRequest.Mock.result("{\"Payload\": {\"id\": 7}}"), 0);
            TestStateResponse retriable = charge(TestStateRequest.Mock.error("Busy", "try later"), 1);
            TestStateResponse caught = charge(TestStateRequest.Mock.error("Broken", "for good"), 0);
            // when / then
            assertThatTestState(succeeded).succeeded().hasNextState("Ship").hasOutputAt("$.Payload.id", 7)
                    .hasOutput("{\"Payload\": {\"id\": 7.0}}").hasInspected("afterParameters", "{\"amount\": 5}");
            assertThatTestState(retriable).isRetriable().hasError("Busy").hasCause("try later").hasRetryIndex(0)
                    .hasRetryBackoffSeconds(4).hasNoNextState();
            assertThatTestState(caught).isCaughtError().hasCatchIndex(0).hasNextState("Failed")
                    .hasOutputAt("$.Error", "Broken");
        }

        @Test
        void theRunnerTestsOneStateOfItsMachine(StepFunctionRunner runner) {
            // snippet:teststate-junit5
            TestStateResponse large = runner.testState("IsLargeOrder", request -> request.input("{\"amount\": 500}"));
            assertThatTestState(large).succeeded().hasNextState("WaitForReview");

            TestStateResponse declined = runner.testState("ChargeCard", request -> request
                    .input("{\"orderId\": \"o-1\", \"amount\": 20}")
                    .mock(TestStateRequest.Mock.error("CardDeclined", "The card was declined")));
            assertThatTestState(declined).failed().hasError("CardDeclined").hasNoNextState();
            // end-snippet
        }
    }

    @Nested
    class Soft {
        @Test
        void softAssertionsCollectEveryFailureOfAnAnswer() {
            // given
            TestStateResponse caught = charge(TestStateRequest.Mock.error("Broken", "for good"), 0);
            SoftExecutionAssertions softly = new SoftExecutionAssertions();
            // when
            softly.assertThatTestState(caught).as("the charge").succeeded().hasNextState("Ship");
            softly.assertThatTestState(caught).hasCatchIndex(0);
            // then
            assertThat(softly.errorsCollected()).hasSize(2);
            assertThat(softly.errorsCollected().get(0)).hasMessageContaining("[the charge]")
                    .hasMessageContaining("status SUCCEEDED");
            assertThat(softly.errorsCollected().get(1)).hasMessageContaining("next state");
        }
    }

    @Nested
    class Failing {
        @Test
        void aWrongStatusShowsTheErrorAndTheWholeAnswer() {
            // given
            TestStateResponse response = charge(TestStateRequest.Mock.error("Busy", "try later"), 3);
            // when
            AssertionFailedError error = catchThrowableOfType(AssertionFailedError.class,
                    () -> assertThatTestState(response).succeeded());
            // then
            assertThat(error).hasMessage("Expected the TestState answer to have the status SUCCEEDED\n"
                    + "but it was CAUGHT_ERROR (error Busy: try later).\n"
                    + "Answer: {\"status\":\"CAUGHT_ERROR\",\"output\":\"{\\\"Error\\\":\\\"Busy\\\","
                    + "\\\"Cause\\\":\\\"try later\\\"}\",\"error\":\"Busy\",\"cause\":\"try later\","
                    + "\"nextState\":\"Failed\",\"inspectionData\":{\"input\":\"{\\\"amount\\\":5}\","
                    + "\"afterInputPath\":\"{\\\"amount\\\":5}\",\"afterParameters\":\"{\\\"amount\\\":5}\","
                    + "\"errorDetails\":{\"catchIndex\":0,\"retryIndex\":0}}}");
            assertThat(error.getExpected().getValue()).isEqualTo(dev.sfntest.teststate.TestStateStatus.SUCCEEDED);
        }

        @Test
        void aMissingInspectionMemberNamesThoseThereAre() {
            // given
            TestStateResponse response = charge(TestStateRequest.Mock.error("Busy", "try later"), 0);
            // when
            AssertionFailedError error = catchThrowableOfType(AssertionFailedError.class,
                    () -> assertThatTestState(response).hasInspected("result", "{}"));
            // then
            assertThat(error.getMessage()).startsWith("Expected the TestState answer to have inspected result = {}\n"
                    + "but its inspection data has no result (it has input, afterInputPath, afterParameters, "
                    + "errorDetails).\n");
        }

        @Test
        void aMissingNextStateSaysWhy() {
            // given
            TestStateResponse response = charge(TestStateRequest.Mock.error("Busy", "try later"), 0);
            // when
            AssertionFailedError error = catchThrowableOfType(AssertionFailedError.class,
                    () -> assertThatTestState(response).hasNextState("Ship"));
            // then
            assertThat(error.getMessage()).startsWith("Expected the TestState answer to go on to the state 'Ship'\n"
                    + "but it names no next state (status RETRIABLE).\n");
        }
    }
}
