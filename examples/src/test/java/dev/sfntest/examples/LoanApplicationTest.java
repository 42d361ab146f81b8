package dev.sfntest.examples;

import static dev.sfntest.assertj.SfnAssertions.assertThatExecution;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.Json;
import dev.sfntest.engine.Engine;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.junit5.MockConfig;
import dev.sfntest.junit5.StepFunctionRunner;
import dev.sfntest.junit5.StepFunctionTest;
import dev.sfntest.mock.MockConfigFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An AWS Step Functions Local {@code MockConfigFile.json}, reused as is: the same file that
 * Step Functions Local reads (state machine {@code LoanApplication}, four test cases) answers the
 * Task states here, one test case per test.
 */
@StepFunctionTest("loan-application/loan-application.asl.json")
class LoanApplicationTest {
    private static final String APPLICATION = """
            {"applicationId": "la-3", "applicant": {"name": "Ada Lovelace", "income": 64000}}
            """;

    @Test
    @MockConfig(value = "loan-application/MockConfigFile.json", stateMachine = "LoanApplication",
            testCase = "HappyPath")
    void aGoodScoreIsApproved(StepFunctionRunner runner) {
        assertThatExecution(runner.run(APPLICATION)).succeeded()
                .hasOutput("{\"applicationId\": \"la-3\", \"decision\": \"APPROVED\", \"score\": 720}")
                .parallelBranch("RunChecks", "CheckCredit").succeeded().hasAttempts("CheckCredit", 1);
    }

    // snippet:mockconfig-annotation
    @Test
    @MockConfig(value = "loan-application/MockConfigFile.json", stateMachine = "LoanApplication",
            testCase = "ThrottledBureau")
    void aThrottledBureauIsRetriedOneThenTwoSecondsLater(StepFunctionRunner runner) {
        ExecutionResult result = runner.run(APPLICATION);

        assertThatExecution(result).succeeded()
                .hasRetried("CheckCredit", 2)
                .hasOutputAt("$.score", 701)
                .hasDuration(Duration.ofSeconds(1 + 2));
    }
    // end-snippet

    @Test
    @MockConfig(value = "loan-application/MockConfigFile.json", stateMachine = "LoanApplication",
            testCase = "BureauDown")
    void aBureauThatStaysDownSendsTheApplicationToManualReview(StepFunctionRunner runner) {
        ExecutionResult result = runner.run(APPLICATION);

        assertThatExecution(result).succeeded()
                .hasAttempts("CheckCredit", 4)
                .hasEnteredInOrder("RunChecks", "ManualReview", "PendingReview")
                .hasNeverEntered("Decide")
                .hasOutput("{\"applicationId\": \"la-3\", \"decision\": \"MANUAL_REVIEW\"}");
    }

    /** Without the extension: every test case of the file, read with {@link MockConfigFile}. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"HappyPath, APPROVED", "LowScore, DECLINED", "ThrottledBureau, APPROVED",
            "BureauDown, MANUAL_REVIEW"})
    void everyTestCaseOfTheFileEndsWithItsDecision(String testCase, String decision, StateMachine machine)
            throws Exception {
        // snippet:mockconfig-file
        MockConfigFile file = MockConfigFile.parse(Json.parse(
                Files.readString(Path.of("src/test/resources/loan-application/MockConfigFile.json"))));

        ExecutionResult result = Engine.builder().taskHandler(file.testCase("LoanApplication", testCase)).build()
                .execute(machine, Json.parse(APPLICATION));
        // end-snippet

        assertThat(file.testCaseNames("LoanApplication")).contains(testCase);
        assertThatExecution(result).succeeded().hasOutputAt("$.decision", decision);
    }
}
