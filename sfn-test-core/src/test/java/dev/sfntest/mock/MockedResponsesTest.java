package dev.sfntest.mock;

import static dev.sfntest.mock.MockFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.asl.Definitions;
import dev.sfntest.engine.TaskInvocation;
import dev.sfntest.engine.TaskOutcome;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MockedResponsesTest {

    private static TaskInvocation call(String state, int attempt) {
        return new TaskInvocation(state, "arn:aws:states:::lambda:invoke", json("{}"), attempt, 0, Instant.EPOCH,
                json("{}"));
    }

    @Nested
    class HugeRanges {
        @Test
        void aRangeToTheLargestAttemptIsKeptAsOneRunNotAListOfEveryAttempt() {
            // given a range of two billion attempts, which a list of every attempt could not hold
            MockedResponses mocks = MockedResponses.parse(json("{'Poll': {'0': {'Throw': {'Error': 'Busy'}},"
                    + " '1-2147483646': {'Return': {'done': false}}, '2147483647': {'Return': {'done': true}}}}"));

            // then every attempt is answered from the runs, at once
            assertThat(mocks.handle(call("Poll", 0))).isEqualTo(TaskOutcome.failure("Busy", null));
            assertThat(mocks.handle(call("Poll", 2_000_000_000))).isEqualTo(TaskOutcome.success(json("{'done': false}")));
            assertThat(mocks.handle(call("Poll", Integer.MAX_VALUE))).isEqualTo(TaskOutcome.success(json("{'done': true}")));
            assertThat(mocks.script("Poll")).hasSize(Integer.MAX_VALUE);
        }

        @Test
        void aHugeRangeConvertsToTaskMocksWithoutWalkingEveryAttempt() {
            MockedResponses mocks = MockedResponses.parse(json("{'Poll': {'0-2147483646': {'Return': {'n': 1}}}}"));

            List<TaskMock> converted = MockConfigExport.toMocks(mocks);

            assertThat(converted).hasSize(1);
            assertThat(MockConfigExport.mockedResponses(converted))
                    .isEqualTo(json("{'Poll': {'0-2147483646': {'Return': {'n': 1}}}}"));
        }
    }

    @Nested
    class UnknownFields {
        @Test
        void aMisspeltFieldBesideReturnIsRefusedWithADidYouMean() {
            assertThatThrownBy(() -> MockedResponses.parse(json("{'Charge': {'0': {'Return': {}, 'Throws': {}}}}")))
                    .isInstanceOf(InvalidMockException.class)
                    .hasMessage("The mock at /Charge/0 has the unknown field 'Throws' (it takes Return and Throw); "
                            + "did you mean 'Throw'?");
        }

        @Test
        void anUnknownFieldOfThrowIsRefused() {
            assertThatThrownBy(() -> MockedResponses.parse(json(
                    "{'Charge': {'0': {'Throw': {'Error': 'E', 'Casue': 'c'}}}}")))
                    .isInstanceOf(InvalidMockException.class)
                    .hasMessage("The mock at /Charge/0/Throw has the unknown field 'Casue' (it takes Error and Cause); "
                            + "did you mean 'Cause'?");
        }

        @Test
        void aResponseThatIsNotAnObjectIsRefused() {
            assertThatThrownBy(() -> MockedResponses.parse(json("{'Charge': {'0': 'ok'}}")))
                    .isInstanceOf(InvalidMockException.class)
                    .hasMessage("The mock at /Charge/0 must be an object with Return or Throw, found string");
        }
    }

    @Nested
    class StatesTheMachineDoesNotHave {
        @Test
        void aScriptForAStateThatIsNotThereIsReportedWithTheClosestName() {
            var machine = Definitions.parse("{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Parallel\", "
                    + "\"Branches\": [{\"StartAt\": \"ChargeCard\", \"States\": {\"ChargeCard\": {\"Type\": \"Task\", "
                    + "\"Resource\": \"arn:aws:states:::lambda:invoke\", \"End\": true}}}], \"End\": true}}}");
            MockedResponses mocks = MockedResponses.parse(json("{'ChargeCard': {'0': {'Return': {}}},"
                    + " 'ChargeCrad': {'0': {'Return': {}}}, 'Elsewhere': {'0': {'Return': {}}}}"));

            assertThat(mocks.unknownStates(machine)).containsExactly(
                    "The mocks script the state 'ChargeCrad', which the state machine does not have; did you mean "
                            + "'ChargeCard'?",
                    "The mocks script the state 'Elsewhere', which the state machine does not have");
        }
    }

    @Nested
    class ErrorsTheTaskCannotRaise {
        @Test
        void aThrowOfAnotherServicesSpellingIsReportedOnceWithTheFirstAttempt() {
            // given: DynamoDB's errors are DynamoDb.*, the shared Lambda error is fine
            var machine = Definitions.parse("{\"StartAt\": \"Save\", \"States\": {\"Save\": {\"Type\": \"Task\", "
                    + "\"Resource\": \"arn:aws:states:::aws-sdk:dynamodb:transactWriteItems\", "
                    + "\"Parameters\": {\"TransactItems\": []}, \"End\": true}}}");
            MockedResponses mocks = MockedResponses.parse(json("{'Save': {"
                    + "'0': {'Return': {}},"
                    + "'1-3': {'Throw': {'Error': 'DynamoDB.TransactionCanceledException', 'Cause': 'x'}},"
                    + "'4': {'Throw': {'Error': 'DynamoDB.TransactionCanceledException', 'Cause': 'y'}},"
                    + "'5': {'Throw': {'Error': 'States.Timeout', 'Cause': ''}}}, 'Other': {'0': {'Return': {}}}}"));

            // when
            var warnings = mocks.warnings(machine);

            // then
            assertThat(warnings).hasSize(2);
            assertThat(warnings.get(0)).startsWith("The mocks script the state 'Other'");
            assertThat(warnings.get(1)).isEqualTo("The mock of 'Save' (attempt 1) throws an error its Task can never "
                    + "raise: 'DynamoDB.TransactionCanceledException' is not an error that "
                    + "aws-sdk:dynamodb:transactWriteItems raises; did you mean 'DynamoDb.TransactionCanceledException'? "
                    + "(error names match exactly)");
        }
    }
}
