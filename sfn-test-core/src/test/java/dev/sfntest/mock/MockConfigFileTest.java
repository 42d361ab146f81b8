package dev.sfntest.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import dev.sfntest.engine.TaskInvocation;
import dev.sfntest.engine.TaskOutcome;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MockConfigFileTest {

    private static JsonNode json(String text) {
        try {
            return Json.parse(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static TaskInvocation call(String state, int attempt) {
        return new TaskInvocation(state, "arn:aws:states:::lambda:invoke", json("{}"), attempt, 0, Instant.EPOCH,
                json("{}"));
    }

    private static final String FILE = "{'StateMachines': {'Order': {'TestCases': {'Happy': {'Charge': 'ChargeOk'},"
            + " 'Flaky': {'Charge': 'ChargeFlaky'}}}},"
            + " 'MockedResponses': {'ChargeOk': {'0': {'Return': {'ok': true}}},"
            + " 'ChargeFlaky': {'0-1': {'Throw': {'Error': 'Lambda.TooManyRequestsException', 'Cause': 'slow'}},"
            + " '2': {'Return': {'ok': true}}}}}";

    @Nested
    class Selecting {
        @Test
        void aTestCaseAnswersEachAttemptAsScripted() {
            MockedResponses flaky = MockConfigFile.parse(json(FILE)).testCase("Order", "Flaky");
            assertThat(flaky.handle(call("Charge", 0)))
                    .isEqualTo(TaskOutcome.failure("Lambda.TooManyRequestsException", "slow"));
            assertThat(flaky.handle(call("Charge", 1)))
                    .isEqualTo(TaskOutcome.failure("Lambda.TooManyRequestsException", "slow"));
            assertThat(flaky.handle(call("Charge", 2))).isEqualTo(TaskOutcome.success(json("{'ok': true}")));
            assertThat(flaky.handle(call("Charge", 3))).isNull();
            assertThat(flaky.handle(call("Ship", 0))).isNull();
        }

        @Test
        void anUnknownTestCaseNamesTheOnesThatExist() {
            assertThatThrownBy(() -> MockConfigFile.parse(json(FILE)).testCase("Order", "Sad"))
                    .isInstanceOf(InvalidMockException.class)
                    .hasMessage("The state machine 'Order' in the MockConfigFile has no test case 'Sad'; it has "
                            + "[Happy, Flaky]");
            assertThatThrownBy(() -> MockConfigFile.parse(json(FILE)).testCase("Orders", "Happy"))
                    .hasMessage("The MockConfigFile defines no state machine 'Orders'; it defines [Order]");
        }
    }

    @Nested
    class Errors {
        @Test
        void anUnknownResponseNameIsReportedWithItsPointer() {
            String file = "{'StateMachines': {'M': {'TestCases': {'T': {'S': 'Missing'}}}}, 'MockedResponses': {}}";
            assertThatThrownBy(() -> MockConfigFile.parse(json(file)).testCase("M", "T"))
                    .hasMessage("The mock at /StateMachines/M/TestCases/T/S names the response 'Missing', which "
                            + "MockedResponses does not define");
        }

        @Test
        void aGapInAttemptKeysIsReported() {
            assertThatThrownBy(() -> MockedResponses.parse(json("{'S': {'0': {'Return': 1}, '2': {'Return': 2}}}")))
                    .hasMessage("The mock at /S has no response for invocation 1; keys must cover 0, 1, 2... without "
                            + "gaps");
        }

        @Test
        void bothReturnAndThrowIsReported() {
            assertThatThrownBy(() -> MockedResponses.parse(json("{'S': {'0': {'Return': 1, 'Throw': {'Error': 'E'}}}}")))
                    .hasMessage("The mock at /S/0 must have exactly one of Return and Throw");
        }

        @Test
        void aMalformedKeyIsReported() {
            assertThatThrownBy(() -> MockedResponses.parse(json("{'S': {'first': {'Return': 1}}}")))
                    .hasMessage("The mock at /S/first has the key 'first', which is neither an invocation number "
                            + "(\"0\") nor a range (\"1-2\")");
        }

        @Test
        void aFileWithoutStateMachinesIsRejected() {
            assertThatThrownBy(() -> MockConfigFile.parse(json("{}")))
                    .hasMessage("The MockConfigFile has no StateMachines object at /StateMachines");
        }
    }
}
