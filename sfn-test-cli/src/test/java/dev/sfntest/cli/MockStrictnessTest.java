package dev.sfntest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --mock-config} and {@code cases} run their mocks as JUnit tests do ({@code TaskMocks}):
 * mocks not used up are warnings on standard error, and an unmocked Task shows the closest mocks.
 */
class MockStrictnessTest {
    static final String CHARGE = """
            {"StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:charge",
                         "End": true}}}
            """;

    @TempDir
    Path dir;

    @Nested
    class Run {
        @Test
        void aScriptNotUsedUpIsAWarningAndTheRunStillSucceeds() {
            // given: Charge scripts two responses, but succeeds at the first
            Path definition = Cli.write(dir, "order.asl.json", CHARGE);
            Path mocks = Cli.write(dir, "mocks.json", """
                    {"StateMachines": {"order": {"TestCases": {"HappyPath": {"Charge": "Twice", "Refund": "Once"}}}},
                     "MockedResponses": {"Twice": {"0": {"Return": {"id": 1}}, "1": {"Return": {"id": 2}}},
                                         "Once": {"0": {"Return": {}}}}}
                    """);
            // when
            Cli.Result result = Cli.run("run", definition, "--mock-config", mocks, "--test-case", "HappyPath");
            // then
            assertThat(result.errLines()).containsExactly(
                    "sfn-test run: warning: " + mocks + ": The mocks script the state 'Refund', which the state "
                            + "machine does not have",
                    "sfn-test run: warning: " + mocks + ": unused mock: TaskMock for state 'Charge': attempt 0 ran, "
                            + "but the script has 2 responses",
                    "sfn-test run: warning: " + mocks + ": unused mock: TaskMock for state 'Refund': never called");
            assertThat(result.outLines()).containsExactly(
                    "{\"status\":\"SUCCEEDED\",\"output\":{\"id\":1},\"error\":null,\"cause\":null}");
            assertThat(result.exit()).isZero();
        }

        @Test
        void aScriptUsedUpGivesNoWarning() {
            Path definition = Cli.write(dir, "order.asl.json", CHARGE);
            Path mocks = Cli.write(dir, "mocks.json", """
                    {"StateMachines": {"order": {"TestCases": {"HappyPath": {"Charge": "Once"}}}},
                     "MockedResponses": {"Once": {"0": {"Return": {"id": 1}}}}}
                    """);
            Cli.Result result = Cli.run("run", definition, "--mock-config", mocks, "--test-case", "HappyPath");
            assertThat(result.errLines()).isEmpty();
            assertThat(result.exit()).isZero();
        }

        @Test
        void anUnmockedTaskShowsTheClosestMockAsInAJUnitTest() {
            Path definition = Cli.write(dir, "order.asl.json", CHARGE);
            Path mocks = Cli.write(dir, "mocks.json", """
                    {"StateMachines": {"order": {"TestCases": {"HappyPath": {"Charg": "Once"}}}},
                     "MockedResponses": {"Once": {"0": {"Return": {"id": 1}}}}}
                    """);
            Cli.Result result = Cli.run("run", definition, "--mock-config", mocks, "--test-case", "HappyPath");
            assertThat(result.errLines()).contains("  closest mocks:",
                    "    - TaskMock for state 'Charg': the name differs by 1 character");
            assertThat(result.exit()).isEqualTo(SfnTestCli.USAGE);
        }
    }

    @Nested
    class Cases {
        @Test
        void aScriptNotUsedUpIsAWarningAndTheCaseStillMatches() {
            Path file = Cli.write(dir, "charge.json", "{\"name\": \"charge\", \"definition\": " + CHARGE
                    + ", \"mocks\": {\"Charge\": {\"0\": {\"Return\": {\"id\": 1}}, \"1\": {\"Return\": {}}}}, "
                    + "\"expected\": {\"status\": \"SUCCEEDED\", \"output\": {\"id\": 1}}}");

            Cli.Result result = Cli.run("cases", file);

            assertThat(result.errLines()).containsExactly("sfn-test cases: warning: " + file + ": unused mock: "
                    + "TaskMock for state 'Charge': attempt 0 ran, but the script has 2 responses");
            assertThat(result.outLines()).containsExactly("{\"name\":\"charge\",\"status\":\"SUCCEEDED\","
                    + "\"output\":{\"id\":1},\"error\":null,\"cause\":null,\"match\":true}");
            assertThat(result.exit()).isZero();
        }

        @Test
        void anUnmockedTaskIsAnErrorWithTheClosestMockAndACaseFileHint() {
            Path file = Cli.write(dir, "charge.json", "{\"name\": \"charge\", \"definition\": " + CHARGE
                    + ", \"mocks\": {\"Charg\": {\"0\": {\"Return\": {}}}}}");

            Cli.Result result = Cli.run("cases", file);

            assertThat(result.outLines()).containsExactly("{\"name\":\"charge\",\"status\":\"ERROR\",\"output\":null,"
                    + "\"error\":null,\"cause\":null,\"message\":\"The Task state 'Charge' (resource "
                    + "arn:aws:lambda:us-east-1:123456789012:function:charge, attempt 0) has no mocked response.\\n"
                    + "  input: {}\\n  closest mocks:\\n    - TaskMock for state 'Charg': the name differs by 1 "
                    + "character\\n  Mock it by state name, for example {\\\"Charge\\\": {\\\"0\\\": {\\\"Return\\\": "
                    + "{}}}}.\"}");
            assertThat(result.exit()).isEqualTo(SfnTestCli.NOT_SUCCEEDED);
        }
    }
}
