package dev.sfntest.examples;

import static dev.sfntest.assertj.SfnAssertions.assertThatExecution;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.asl.StateMachine;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.HistoryEventType;
import dev.sfntest.junit5.Lenient;
import dev.sfntest.junit5.MockConfig;
import dev.sfntest.junit5.ReportMode;
import dev.sfntest.junit5.Seed;
import dev.sfntest.junit5.StartInstant;
import dev.sfntest.junit5.StepFunctionRunner;
import dev.sfntest.junit5.StepFunctionTest;
import dev.sfntest.engine.VirtualClock;
import dev.sfntest.mock.TaskMocks;
import dev.sfntest.report.Coverage;
import dev.sfntest.report.ExecutionPath;
import dev.sfntest.report.MermaidDiagram;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hello workflow tested with {@code @StepFunctionTest}: its report (diagram with the path,
 * timeline) is written for every test under {@code target/sfn-test-reports/HelloStepFunctionTest},
 * and the class must exercise every state, transition and catcher of the definition.
 */
@StepFunctionTest(value = "hello/hello.asl.json", report = ReportMode.ALWAYS, minimumCoverage = 1.0)
@MockConfig(value = "hello/hello.mocks.json", testCase = "HappyPath")
class HelloStepFunctionTest {
    private static final String LARGE_ORDER = "{\"orderId\": \"order-42\", \"amount\": 250}";
    private static final String SMALL_ORDER = "{\"orderId\": \"order-7\", \"amount\": 20}";

    @Nested
    class LargeOrders {
        @Test
        void waitADayForReviewThenAreCharged(StepFunctionRunner runner) {
            // when
            ExecutionResult result = runner.run(LARGE_ORDER);

            // then
            assertThatExecution(result).succeeded()
                    .hasEnteredExactly("PrepareOrder", "IsLargeOrder", "WaitForReview", "ChargeCard")
                    .hasOutputAt("$.charge.chargeId", "ch-1001")
                    .hasOutputContaining("{\"orderId\": \"order-42\", \"status\": \"NEW\"}")
                    .hasStateOutput("PrepareOrder", "{\"orderId\": \"order-42\", \"amount\": 250, \"status\": \"NEW\"}")
                    .hasDuration(Duration.ofDays(1))
                    .enteredAt("ChargeCard", Instant.parse("2025-01-02T00:00:00Z"))
                    .hasEventsInOrder(HistoryEventType.WaitStateEntered, HistoryEventType.WaitStateExited,
                            HistoryEventType.TaskScheduled);
        }

        @Test
        @StartInstant("2025-12-31T12:00:00Z")
        void heldOnNewYearsEveAreChargedNextYear(StepFunctionRunner runner, VirtualClock clock) {
            assertThatExecution(runner.run(LARGE_ORDER)).endedAt(Instant.parse("2026-01-01T12:00:00Z"));
            assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T12:00:00Z"));
        }
    }

    @Nested
    class SmallOrders {
        @ParameterizedTest
        @ValueSource(ints = {1, 50, 100})
        void areChargedAtOnce(int amount, StepFunctionRunner runner) {
            ExecutionResult result = runner.run("{\"orderId\": \"o\", \"amount\": " + amount + "}");

            assertThatExecution(result).succeeded().hasNeverEntered("WaitForReview").hasDuration(Duration.ZERO);
        }

        @Test
        @MockConfig(value = "hello/hello.mocks.json", testCase = "CardDeclined")
        void failWhenTheCardIsDeclined(StepFunctionRunner runner) {
            assertThatExecution(runner.run(SMALL_ORDER)).failed()
                    .hasError("CardDeclined").hasCause("The card was declined")
                    .hasAttempts("ChargeCard", 1).hasRetried("ChargeCard", 0);
        }

        @RepeatedTest(2)
        @Seed(7)
        @Lenient
        void canBeMockedInCode(StepFunctionRunner runner, TaskMocks fromTheFile) {
            ExecutionResult result = runner.run(SMALL_ORDER);

            assertThatExecution(result).hasOutputAt("$.charge.chargeId", "ch-1001");
            assertThat(fromTheFile.recorded().forState("ChargeCard").count()).isEqualTo(1);
        }
    }

    @Nested
    class Pictures {
        @Test
        void theMermaidExportDrawsThePathForMarkdown(StepFunctionRunner runner, StateMachine machine) {
            ExecutionResult result = runner.run(LARGE_ORDER);

            String mermaid = MermaidDiagram.render(machine, ExecutionPath.of(result));

            assertThat(mermaid).startsWith("flowchart TD").contains("class s0,s1,s2,s3 visited");
        }

        @Test
        void coverageSaysWhatATestLeftOut(StepFunctionRunner runner, StateMachine machine) {
            ExecutionResult result = runner.run(SMALL_ORDER);

            Coverage coverage = Coverage.of(machine, List.of(ExecutionPath.of(result)));

            assertThat(coverage.neverExercised()).extracting(Coverage.Item::name)
                    .containsExactly("IsLargeOrder → WaitForReview", "WaitForReview", "WaitForReview → ChargeCard");
        }
    }

    @Test
    void mocksAddedInCodeJoinTheFilesMocks(StepFunctionRunner runner) {
        runner.mock(TaskMocks.forResource("arn:aws:states:::sns:publish").returns("{}").lenient());

        assertThatExecution(runner.run(SMALL_ORDER)).succeeded();
    }
}
