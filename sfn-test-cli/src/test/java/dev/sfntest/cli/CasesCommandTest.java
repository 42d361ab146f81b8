package dev.sfntest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sfn-test cases}: the {@code match} verdict, recorded histories and {@code --history}. */
class CasesCommandTest {
    private static final String ECHO = "{\"StartAt\": \"Echo\", \"States\": {\"Echo\": {\"Type\": \"Pass\","
            + " \"End\": true}}}";
    /** ECHO's history as AWS records it (the conformance README's reduced, normalised form). */
    private static final String RECORDED = "[{\"type\": \"ExecutionStarted\", \"id\": 1, \"previousEventId\": 0,"
            + " \"executionStartedEventDetails\": {\"input\": {\"a\": 1}, \"inputDetails\": {\"truncated\": false},"
            + " \"roleArn\": \"<role-arn>\"}},"
            + " {\"type\": \"PassStateEntered\", \"id\": 2, \"previousEventId\": 0, \"stateEnteredEventDetails\":"
            + " {\"input\": {\"a\": 1}, \"inputDetails\": {\"truncated\": false}, \"name\": \"Echo\"}},"
            + " {\"type\": \"PassStateExited\", \"id\": 3, \"previousEventId\": 2, \"stateExitedEventDetails\":"
            + " {\"name\": \"Echo\", \"output\": {\"a\": 1}, \"outputDetails\": {\"truncated\": false}}},"
            + " {\"type\": \"ExecutionSucceeded\", \"id\": 4, \"previousEventId\": 3, \"executionSucceededEventDetails\":"
            + " {\"output\": {\"a\": 1}, \"outputDetails\": {\"truncated\": false}}}]";

    @TempDir
    Path dir;

    private Path echoCase(String expected) {
        return Cli.write(dir, "echo.json", "{\"name\": \"echo\", \"definition\": " + ECHO + ", \"input\": {\"a\": 1},"
                + " \"expected\": " + expected + "}");
    }

    @Nested
    class MatchVerdict {
        @Test
        void aCaseWhoseResultAndRecordedHistoryAgreeMatches() {
            Path file = echoCase("{\"status\": \"SUCCEEDED\", \"output\": {\"a\": 1}, \"history\": " + RECORDED + "}");

            Cli.Result result = Cli.run("cases", file);

            assertThat(result.outLines()).containsExactly("{\"name\":\"echo\",\"status\":\"SUCCEEDED\","
                    + "\"output\":{\"a\":1},\"error\":null,\"cause\":null,\"match\":true}");
            assertThat(result.exit()).isZero();
        }

        @Test
        void aHistoryThatDiffersIsNamedEventByEventAndExitsOne() {
            String wrongLink = RECORDED.replace("\"id\": 2, \"previousEventId\": 0", "\"id\": 2, \"previousEventId\": 1");
            Path file = echoCase("{\"status\": \"SUCCEEDED\", \"history\": " + wrongLink + "}");

            Cli.Result result = Cli.run("cases", file);

            assertThat(result.outLines()).containsExactly("{\"name\":\"echo\",\"status\":\"SUCCEEDED\","
                    + "\"output\":{\"a\":1},\"error\":null,\"cause\":null,\"match\":false,\"differences\":["
                    + "\"history: event [1] #2 PassStateEntered previousEventId: expected 1 but was 0\"]}");
            assertThat(result.exit()).isEqualTo(SfnTestCli.NOT_SUCCEEDED);
        }

        @Test
        void aResultThatDiffersIsNamedAndExitsOne() throws Exception {
            Path file = echoCase("{\"status\": \"FAILED\"}");

            Cli.Result result = Cli.run("cases", file);

            assertThat(Json.parse(result.out()).get("differences").toString())
                    .isEqualTo("[\"status: expected \\\"FAILED\\\" but was \\\"SUCCEEDED\\\"\"]");
            assertThat(result.exit()).isEqualTo(SfnTestCli.NOT_SUCCEEDED);
        }

        @Test
        void theLeanStartPrintsTheSameLines() {
            Path file = echoCase("{\"status\": \"SUCCEEDED\", \"history\": " + RECORDED + "}");

            assertThat(Cli.runLean("cases", file)).isEqualTo(Cli.run("cases", file));
        }
    }

    @Nested
    class Warnings {
        @Test
        void mocksForAStateTheDefinitionDoesNotHaveAreAWarningWithTheClosestNameAsRunGives() {
            Path file = Cli.write(dir, "echo.json", "{\"name\": \"echo\", \"definition\": " + ECHO
                    + ", \"input\": {\"a\": 1}, \"mocks\": {\"Ech\": {\"0\": {\"Return\": {}}}}}");

            Cli.Result result = Cli.run("cases", file);

            assertThat(result.errLines()).containsExactly("sfn-test cases: warning: " + file + ": The mocks script the "
                    + "state 'Ech', which the state machine does not have; did you mean 'Echo'?",
                    "sfn-test cases: warning: " + file + ": unused mock: TaskMock for state 'Ech': never called");
            assertThat(result.outLines()).containsExactly("{\"name\":\"echo\",\"status\":\"SUCCEEDED\","
                    + "\"output\":{\"a\":1},\"error\":null,\"cause\":null}");
            assertThat(result.exit()).isZero();
            assertThat(Cli.runLean("cases", file)).isEqualTo(result);
            assertThat(Cli.run("cases", "--jobs", "2", file, file).errLines()).hasSize(4);
        }
    }

    @Nested
    class HistoryOption {
        @Test
        void addsEachCasesHistoryInGetExecutionHistorysShape() throws Exception {
            Path file = echoCase("{\"status\": \"SUCCEEDED\"}");

            Cli.Result result = Cli.run("cases", "--history", file);

            JsonNode line = Json.parse(result.out());
            assertThat(line.get("match").booleanValue()).isTrue();
            assertThat(line.get("history").get(1).toString()).isEqualTo("{\"timestamp\":\"2025-01-01T00:00:00Z\","
                    + "\"type\":\"PassStateEntered\",\"id\":2,\"previousEventId\":0,\"stateEnteredEventDetails\":"
                    + "{\"name\":\"Echo\",\"input\":\"{\\\"a\\\":1}\",\"inputDetails\":{\"truncated\":false}}}");
            assertThat(line.get("history")).hasSize(4);
        }

        @Test
        void aCaseThatCannotRunHasNoHistory() throws Exception {
            Path broken = Cli.write(dir, "broken.json", "{\"definition\": {\"StartAt\": \"Nope\", \"States\": {}}}");

            Cli.Result result = Cli.run("cases", "--history", broken);

            assertThat(Json.parse(result.out()).has("history")).isFalse();
            assertThat(result.exit()).isEqualTo(SfnTestCli.NOT_SUCCEEDED);
        }
    }
}
