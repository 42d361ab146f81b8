package dev.sfntest.mock;

import static dev.sfntest.mock.MockFixture.INVOKE;
import static dev.sfntest.mock.MockFixture.chargeWithRetries;
import static dev.sfntest.mock.MockFixture.json;
import static dev.sfntest.mock.MockFixture.run;
import static dev.sfntest.mock.MockFixture.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.engine.TaskOutcome;
import dev.sfntest.engine.UnmockedTaskException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UnmockedTaskReportTest {
    private static final String HEADER = "The Task state 'Charge' (resource arn:aws:states:::lambda:invoke, attempt ";

    @Nested
    class PastTheScript {
        @Test
        void anAttemptPastTheScriptSaysHowToExtendIt() {
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Charge").throwsError("E", null).times(2));
            assertThatThrownBy(() -> run(chargeWithRetries(), "{'amount': 5}", mocks))
                    .isInstanceOf(UnmockedTaskException.class)
                    .hasMessage(HEADER + "2) has no mocked response.\n"
                            + "  input: {\"amount\":5}\n"
                            + "  closest mocks:\n"
                            + "    - the script for 'Charge' has 2 responses; attempt 2 is past it — add .andSoOn() or "
                            + "another response");
        }

        @Test
        void aResourceScriptNamesTheStateWhoseAttemptIsPastIt() {
            TaskMocks mocks = TaskMocks.of(TaskMocks.forResource(INVOKE).throwsError("E", null));
            assertThatThrownBy(() -> run(chargeWithRetries(), "{}", mocks))
                    .hasMessage(HEADER + "1) has no mocked response.\n"
                            + "  input: {}\n"
                            + "  closest mocks:\n"
                            + "    - the script for resource 'arn:aws:states:::lambda:invoke' has 1 response; attempt 1 "
                            + "of 'Charge' is past it — add .andSoOn() or another response");
        }

        @Test
        void aResourceMockShadowedByTheStateMockIsMentioned() {
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Charge").throwsError("E", null),
                    TaskMocks.forResource(INVOKE).returns(json("{}")).andSoOn());
            assertThatThrownBy(() -> run(chargeWithRetries(), "{}", mocks))
                    .hasMessage(HEADER + "1) has no mocked response.\n"
                            + "  input: {}\n"
                            + "  closest mocks:\n"
                            + "    - the script for 'Charge' has 1 response; attempt 1 is past it — add .andSoOn() or "
                            + "another response\n"
                            + "    - TaskMock for resource 'arn:aws:states:::lambda:invoke' matches the resource, but the "
                            + "mock for state 'Charge' wins");
        }

        @Test
        void anAnswerReturningNullIsReported() {
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Charge").answers(invocation -> null));
            assertThatThrownBy(() -> run(chargeWithRetries(), "{}", mocks))
                    .hasMessage(HEADER + "0) has no mocked response.\n"
                            + "  input: {}\n"
                            + "  closest mocks:\n"
                            + "    - the answer for 'Charge' returned null for attempt 0 — return a TaskOutcome");
        }
    }

    @Nested
    class NoMockForTheState {
        @Test
        void similarStateNamesAndResourcesAreListedClosestFirst() {
            TaskMocks mocks = TaskMocks.of(
                    TaskMocks.forState("Charges").returns(json("{}")),
                    TaskMocks.forState("Refund").returns(json("{}")),
                    TaskMocks.forResource(INVOKE + ".waitForTaskToken").returns(json("{}")),
                    TaskMocks.forState("charge").returns(json("{}")));
            assertThatThrownBy(() -> run(task("Charge", INVOKE, ""), "{}", mocks))
                    .hasMessage(HEADER + "0) has no mocked response.\n"
                            + "  input: {}\n"
                            + "  closest mocks:\n"
                            + "    - TaskMock for state 'Charges': the name differs by 1 character\n"
                            + "    - TaskMock for state 'charge': the name differs by 1 character\n"
                            + "    - TaskMock for resource 'arn:aws:states:::lambda:invoke.waitForTaskToken': the "
                            + "resource differs by 17 characters\n"
                            + "  Mock it with TaskMocks.forState(\"Charge\").returns(...)");
        }

        @Test
        void withNothingCloseTheMocksAreListed() {
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Refund").returns(json("{}")));
            assertThatThrownBy(() -> run(task("Charge", INVOKE, ""), "{}", mocks))
                    .hasMessage(HEADER + "0) has no mocked response.\n"
                            + "  input: {}\n"
                            + "  no mock is close; the mocks are [TaskMock for state 'Refund']\n"
                            + "  Mock it with TaskMocks.forState(\"Charge\").returns(...)");
        }

        @Test
        void withoutMocksTheReportSaysSo() {
            assertThatThrownBy(() -> run(task("Charge", INVOKE, ""), "{}", TaskMocks.of()))
                    .hasMessage(HEADER + "0) has no mocked response.\n"
                            + "  input: {}\n"
                            + "  no mocks are defined\n"
                            + "  Mock it with TaskMocks.forState(\"Charge\").returns(...)");
        }

        @Test
        void aFallbackAnswersWhatTheMocksDoNot() {
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Refund").lenient().returns(json("{}")))
                    .orElse(invocation -> TaskOutcome.success(json("'fallback'")));
            assertThat(run(task("Charge", INVOKE, ""), "{}", mocks).output()).isEqualTo(json("'fallback'"));
        }
    }
}
