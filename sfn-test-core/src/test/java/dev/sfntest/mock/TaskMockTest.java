package dev.sfntest.mock;

import static dev.sfntest.mock.MockFixture.chargeWithRetries;
import static dev.sfntest.mock.MockFixture.json;
import static dev.sfntest.mock.MockFixture.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.engine.TaskOutcome;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.ExecutionStatus;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TaskMockTest {

    @Nested
    class Responses {
        @Test
        void returnsGivesTheTaskResult() {
            // given
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Charge").returns("{\"charged\": true}"));
            // when
            ExecutionResult result = run(chargeWithRetries(), "{}", mocks);
            // then
            assertThat(result.output()).isEqualTo(json("{'charged': true}"));
        }

        @Test
        void throwsErrorFailsTheTaskWithNameAndCause() {
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Charge").throwsError("Card.Declined", "no funds"));
            ExecutionResult result = run(MockFixture.task("Charge", MockFixture.INVOKE, ""), "{}", mocks);
            assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(result.error()).isEqualTo("Card.Declined");
            assertThat(result.cause()).isEqualTo("no funds");
        }

        @Test
        void answersComputesTheOutcomeFromTheInvocation() {
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Charge").answers(invocation -> TaskOutcome.success(
                    json("{'doubled': " + invocation.input().get("amount").intValue() * 2 + "}"))));
            ExecutionResult result = run(chargeWithRetries(), "{'amount': 21}", mocks);
            assertThat(result.output()).isEqualTo(json("{'doubled': 42}"));
        }

        @Test
        void afterTakesVirtualTime() {
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Charge").returns(json("{}")).after(Duration.ofHours(2)));
            ExecutionResult result = run(chargeWithRetries(), "{}", mocks);
            assertThat(result.duration()).isEqualTo(Duration.ofHours(2));
        }
    }

    @Nested
    class ThenChains {
        @Test
        void throwTwiceThenReturnIsAnsweredAcrossRetries() {
            // given: two throttles, then success; retries wait 1 s, then 2 s
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Charge")
                    .throwsError("Lambda.TooManyRequestsException", "slow").times(2)
                    .thenReturns(json("{'ok': true}")));
            // when
            ExecutionResult result = run(chargeWithRetries(), "{}", mocks);
            // then
            assertThat(result.output()).isEqualTo(json("{'ok': true}"));
            assertThat(result.duration()).isEqualTo(Duration.ofSeconds(3));
            assertThat(mocks.recorded().list()).extracting(RecordedInvocation::outcome).containsExactly(
                    TaskOutcome.failure("Lambda.TooManyRequestsException", "slow"),
                    TaskOutcome.failure("Lambda.TooManyRequestsException", "slow"),
                    TaskOutcome.success(json("{'ok': true}")));
        }

        @Test
        void andSoOnRepeatsTheLastResponseForEveryLaterAttempt() {
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Charge").throwsError("E", null).andSoOn());
            ExecutionResult result = run(chargeWithRetries(), "{}", mocks);
            assertThat(result.error()).isEqualTo("E");
            assertThat(mocks.recorded().count()).isEqualTo(4);
        }

        @Test
        void afterAppliesToTheResponseJustWritten() {
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Charge").throwsError("E", null)
                    .thenReturns(json("{}")).after(Duration.ofMinutes(5)));
            ExecutionResult result = run(chargeWithRetries(), "{}", mocks);
            assertThat(result.duration()).isEqualTo(Duration.ofMinutes(5).plusSeconds(1));
        }
    }

    @Nested
    class Misuse {
        @Test
        void aSecondFirstResponseAsksForThen() {
            assertThatThrownBy(() -> TaskMocks.forState("Charge").returns(json("1")).returns(json("2")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("TaskMock for state 'Charge' already has a response; chain the next one with "
                            + "thenReturns(...)");
        }

        @Test
        void thenWithoutAFirstResponseAsksForOne() {
            assertThatThrownBy(() -> TaskMocks.forResource("arn:r").thenReturns(json("1")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("TaskMock for resource 'arn:r' has no response for thenReturns(...) to follow; start "
                            + "with returns(...), throwsError(...) or answers(...)");
        }

        @Test
        void nothingFollowsAndSoOn() {
            assertThatThrownBy(() -> TaskMocks.forState("S").returns(json("1")).andSoOn().thenReturns(json("2")))
                    .hasMessage("TaskMock for state 'S' repeats its last response (andSoOn()); thenReturns(...) cannot "
                            + "follow it");
        }

        @Test
        void timesMustBePositive() {
            assertThatThrownBy(() -> TaskMocks.forState("S").returns(json("1")).times(0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("TaskMock for state 'S': times(0) must be at least 1");
        }

        @Test
        void textThatIsNotJsonIsRejected() {
            assertThatThrownBy(() -> TaskMocks.forState("S").returns("done"))
                    .isInstanceOf(InvalidMockException.class)
                    .hasMessage("TaskMock for state 'S' returns text that is not JSON: expected a value, found 'done' "
                            + "at 1:1; did you mean to quote it: \"done\"? (in Java: \"\\\"done\\\"\")");
        }

        @Test
        void singleQuotesGetTheLineColumnAndAHintAtDoubleQuotes() {
            assertThatThrownBy(() -> TaskMocks.forState("X").returns("{'a': 1}"))
                    .isInstanceOf(InvalidMockException.class)
                    .hasMessage("TaskMock for state 'X' returns text that is not JSON: expected a field name in double "
                            + "quotes, found ''' at 1:2; JSON strings and field names use double quotes: \"a\", not 'a'");
        }

        @Test
        void anUnquotedStringValueOnALaterLineIsLocatedThere() {
            assertThatThrownBy(() -> TaskMocks.forState("X").returns("{\"Payload\": {\n  \"status\": done}}"))
                    .isInstanceOf(InvalidMockException.class)
                    .hasMessage("TaskMock for state 'X' returns text that is not JSON: expected a value, found 'done' "
                            + "at 2:13; did you mean to quote it: \"done\"?");
        }

        @Test
        void aMockWithoutResponsesOrTwoMocksForOneStateAreRejected() {
            assertThatThrownBy(() -> TaskMocks.of(TaskMocks.forState("S")))
                    .isInstanceOf(InvalidMockException.class)
                    .hasMessage("TaskMock for state 'S' has no response; give it returns(...), throwsError(...) or "
                            + "answers(...)");
            assertThatThrownBy(() -> TaskMocks.of(TaskMocks.forState("S").returns(json("1")),
                    TaskMocks.forState("S").returns(json("2"))))
                    .hasMessage("There are two mocks for state 'S'; chain their responses into one with then...(...)");
        }
    }
}
