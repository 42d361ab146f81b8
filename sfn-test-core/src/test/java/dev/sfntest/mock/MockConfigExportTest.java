package dev.sfntest.mock;

import static dev.sfntest.mock.MockFixture.chargeWithRetries;
import static dev.sfntest.mock.MockFixture.json;
import static dev.sfntest.mock.MockFixture.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.TaskOutcome;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MockConfigExportTest {
    private static final TaskMock FLAKY_CHARGE = TaskMocks.forState("Charge")
            .throwsError("Lambda.TooManyRequestsException", "slow").times(2).thenReturns(json("{'ok': true}"));

    @Nested
    class Export {
        @Test
        void returnAndThrowScriptsBecomeAMockConfigFileWithRanges() {
            JsonNode file = TaskMocks.of(FLAKY_CHARGE, TaskMocks.forState("Ship").throwsError("E", null))
                    .toMockConfigFile("Order", "Flaky");
            assertThat(file).isEqualTo(json("{'StateMachines': {'Order': {'TestCases': {'Flaky': {'Charge': 'Charge',"
                    + " 'Ship': 'Ship'}}}}, 'MockedResponses': {"
                    + "'Charge': {'0-1': {'Throw': {'Error': 'Lambda.TooManyRequestsException', 'Cause': 'slow'}},"
                    + " '2': {'Return': {'ok': true}}},"
                    + "'Ship': {'0': {'Throw': {'Error': 'E'}}}}}"));
        }

        @Test
        void theExportedFileRunsLikeTheMocks() {
            JsonNode file = TaskMocks.of(FLAKY_CHARGE).toMockConfigFile("Order", "Flaky");
            MockedResponses reread = MockConfigFile.parse(file).testCase("Order", "Flaky");
            assertThat(run(chargeWithRetries(), "{}", reread).output()).isEqualTo(json("{'ok': true}"));
            assertThat(reread.script("Charge")).containsExactly(
                    new MockResponse.Throw("Lambda.TooManyRequestsException", "slow"),
                    new MockResponse.Throw("Lambda.TooManyRequestsException", "slow"),
                    new MockResponse.Return(json("{'ok': true}")));
        }
    }

    @Nested
    class WhatAFileCannotSay {
        @Test
        void resourceMocksAnswersDurationsAndAndSoOnAreRefusedByName() {
            assertThatThrownBy(() -> TaskMocks.of(TaskMocks.forResource("arn:r").returns(json("1")))
                    .toMockedResponses())
                    .isInstanceOf(InvalidMockException.class)
                    .hasMessage("TaskMock for resource 'arn:r' cannot be exported to a MockConfigFile: a MockConfigFile "
                            + "mocks states by name only");
            assertThatThrownBy(() -> TaskMocks.of(FLAKY_CHARGE.thenAnswers(i -> TaskOutcome.success(json("1"))))
                    .toMockedResponses())
                    .hasMessage("TaskMock for state 'Charge' cannot be exported to a MockConfigFile: response 2 answers "
                            + "with a function; only returns(...) and throwsError(...) can be written as Return and "
                            + "Throw");
            assertThatThrownBy(() -> TaskMocks.of(FLAKY_CHARGE.after(Duration.ofSeconds(1))).toMockedResponses())
                    .hasMessage("TaskMock for state 'Charge' cannot be exported to a MockConfigFile: response 1 takes "
                            + "virtual time, which a MockConfigFile cannot express");
            assertThatThrownBy(() -> TaskMocks.of(FLAKY_CHARGE.andSoOn()).toMockedResponses())
                    .hasMessage("TaskMock for state 'Charge' cannot be exported to a MockConfigFile: it repeats its last "
                            + "response (andSoOn()), which a MockConfigFile cannot express");
        }
    }
}
