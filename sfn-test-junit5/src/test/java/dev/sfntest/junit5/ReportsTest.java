package dev.sfntest.junit5;

import static dev.sfntest.assertj.SfnAssertions.assertThatExecution;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports are written when configured; coverage below the class's minimum fails the class. */
class ReportsTest {
    private static final String SMALL_ORDER = "{\"orderId\": \"o\", \"amount\": 20}";

    @TempDir
    Path reports;

    @StepFunctionTest(value = "machines/hello.asl.json", minimumCoverage = 0.9)
    @MockConfig(value = "machines/hello.mocks.json", testCase = "HappyPath")
    static class SmallOrdersOnly {
        @Test
        void charges(StepFunctionRunner runner) {
            assertThatExecution(runner.run(SMALL_ORDER)).succeeded();
        }

        @Test
        void failsOnPurpose(StepFunctionRunner runner) {
            assertThatExecution(runner.run(SMALL_ORDER)).hasEntered("WaitForReview");
        }
    }

    @StepFunctionTest("machines/hello.asl.json")
    @MockConfig(value = "machines/hello.mocks.json", testCase = "HappyPath")
    static class RunCoverageOnly {
        @Test
        void charges(StepFunctionRunner runner) {
            assertThatExecution(runner.run(SMALL_ORDER)).succeeded();
        }
    }

    @StepFunctionTest("machines/hello.asl.json")
    static class Unmocked {
        @Test
        void stopsAtTheCharge(StepFunctionRunner runner) {
            runner.run(SMALL_ORDER);
        }
    }

    @Nested
    class PerTest {
        @Test
        void aRunStoppedByAnUnmockedTaskSaysHowFarItGotAndIsReported() throws Exception {
            // when
            var results = Kit.run(Unmocked.class, reports);
            // then
            assertThat(Kit.failures(results)).containsExactly("""
                    UnmockedTaskException: The Task state 'ChargeCard' (resource arn:aws:states:::lambda:invoke, \
                    attempt 0) has no mocked response.
                      input: {"FunctionName":"arn:aws:lambda:us-east-1:123456789012:function:charge-card",\
                    "Payload":{"orderId":"o","amount":20,"status":"NEW"}}
                      no mocks are defined
                      Mock it with TaskMocks.forState("ChargeCard").returns(...)
                    The execution did not end: the run stopped there (the report shows it ABORTED).
                    Path taken: PrepareOrder → IsLargeOrder → ChargeCard
                    Last events (virtual time since the start):
                      #1   +00:00:00       ExecutionStarted
                      #2   +00:00:00       PassStateEntered           PrepareOrder
                      #3   +00:00:00       PassStateExited            PrepareOrder
                      #4   +00:00:00       ChoiceStateEntered         IsLargeOrder
                      #5   +00:00:00       ChoiceStateExited          IsLargeOrder
                      #6   +00:00:00       TaskStateEntered           ChargeCard
                      #7   +00:00:00       TaskScheduled              ChargeCard""");
            String html = Files.readString(reports.resolve("ReportsTest.Unmocked/stopsAtTheCharge.html"));
            assertThat(html).contains("ABORTED", "data-state=\"ChargeCard\"", "TaskStateEntered");
        }

        @Test
        void onFailureWritesOnlyTheFailedTestsPage() throws Exception {
            // when
            Kit.run(SmallOrdersOnly.class, reports);
            // then
            Path dir = reports.resolve("ReportsTest.SmallOrdersOnly");
            assertThat(dir.resolve("failsOnPurpose.html")).exists();
            assertThat(dir.resolve("charges.html")).doesNotExist();
            String html = Files.readString(dir.resolve("failsOnPurpose.html"));
            assertThat(html).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sfn-diagram\"",
                    "data-state=\"ChargeCard\"", "<table class=\"timeline\">", "TaskStateEntered");
        }

        @Test
        void withTheDiagramArtifactTheMermaidTextIsAnOptionToo() throws Exception {
            // when
            Kit.run(RunCoverageOnly.class, reports, java.util.Map.of("sfntest.reports", "always",
                    "sfntest.reports.diagram", "mermaid"));
            // then
            String html = Files.readString(reports.resolve("ReportsTest.RunCoverageOnly/charges.html"));
            assertThat(html).contains("<pre class=\"mermaid\">flowchart TD\n    %% path taken: PrepareOrder → "
                    + "IsLargeOrder → ChargeCard\n").doesNotContain("<svg", "<p class=\"note\">");
        }

        @Test
        void anUnknownDiagramKindIsAMisconfiguration() {
            // when
            var results = Kit.run(RunCoverageOnly.class, reports, java.util.Map.of("sfntest.reports", "always",
                    "sfntest.reports.diagram", "png"));
            // then
            assertThat(Kit.failures(results)).containsExactly("ExtensionConfigurationException: "
                    + "sfntest.reports.diagram = \"png\" is not a diagram kind: write auto, svg or mermaid");
        }

        @Test
        void alwaysWritesEveryPage() {
            Kit.run(SmallOrdersOnly.class, reports, java.util.Map.of("sfntest.reports", "always"));
            assertThat(reports.resolve("ReportsTest.SmallOrdersOnly/charges.html")).exists();
        }
    }

    @Nested
    class Coverage {
        @Test
        void belowTheMinimumFailsTheClassListingWhatWasNeverExercised() {
            // when
            var results = Kit.run(SmallOrdersOnly.class, reports);
            // then
            assertThat(Kit.containerFailures(results)).containsExactly("CoverageBelowMinimumException: The tests of "
                    + "dev.sfntest.junit5.ReportsTest.SmallOrdersOnly exercised 62.5% of the state machine, below "
                    + "the minimum of 90.0%:\n"
                    + "Step Functions coverage of dev.sfntest.junit5.ReportsTest.SmallOrdersOnly\n"
                    + "  machines/hello.asl.json: 5 of 8 exercised (62.5%)\n"
                    + "    never TRANSITION IsLargeOrder → WaitForReview\n"
                    + "    never STATE WaitForReview\n"
                    + "    never TRANSITION WaitForReview → ChargeCard\n");
            assertThat(reports.resolve("ReportsTest.SmallOrdersOnly/coverage.html")).exists();
        }

        @Test
        void belowTheRunMinimumFailsTheRunAndWritesTheRunsReport() {
            // when
            var results = Kit.run(RunCoverageOnly.class, reports, java.util.Map.of("sfntest.coverage.minimum", "0.9"));
            // then
            assertThat(Kit.containerFailures(results)).containsExactly("AssertionFailedError: The run exercised "
                    + "62.5% of its state machines, below sfntest.coverage.minimum = 90.0%:\n"
                    + "Step Functions coverage of the run\n"
                    + "  machines/hello.asl.json: 5 of 8 exercised (62.5%)\n"
                    + "    never TRANSITION IsLargeOrder → WaitForReview\n"
                    + "    never STATE WaitForReview\n"
                    + "    never TRANSITION WaitForReview → ChargeCard\n");
            assertThat(reports.resolve("coverage.txt")).exists();
        }
    }
}
