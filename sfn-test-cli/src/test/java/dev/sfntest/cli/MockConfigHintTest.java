package dev.sfntest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unmocked Task under {@code --mock-config} is explained in the MockConfigFile's own shape. */
class MockConfigHintTest {
    static final String TWO_TASKS = """
            {"StartAt": "Charge", "States": {
              "Charge": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:charge",
                         "ResultPath": "$.charge", "Next": "Ship"},
              "Ship": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:ship", "End": true}}}
            """;
    static final String MOCKS = """
            {"StateMachines": {"order": {"TestCases": {"HappyPath": {"Charge": "Charged"}}}},
             "MockedResponses": {"Charged": {"0": {"Return": {"id": "ch-1"}}}}}
            """;

    @TempDir
    Path dir;

    @Nested
    class WithAMockConfig {
        @Test
        void theHintShowsTheTestCaseAndMockedResponses() {
            // given
            Path definition = Cli.write(dir, "order.asl.json", TWO_TASKS);
            Path mocks = Cli.write(dir, "mocks.json", MOCKS);

            // when
            Cli.Result result = Cli.run("run", definition, "--mock-config", mocks, "--test-case", "HappyPath");

            // then
            assertThat(result.errLines()).containsExactly(
                    "sfn-test run: The Task state 'Ship' (resource arn:aws:lambda:us-east-1:123456789012:function:ship, "
                            + "attempt 0) has no mocked response.",
                    "  input: {\"charge\":{\"id\":\"ch-1\"}}",
                    "  no mock is close; the mocks are [TaskMock for state 'Charge']",
                    "  Mock it in " + mocks + ": map the state to a response in the test case, and define the "
                            + "response, for example",
                    "  {\"StateMachines\": {\"order\": {\"TestCases\": {\"HappyPath\": {\"Ship\": \"ShipResponse\"}}}}, "
                            + "\"MockedResponses\": {\"ShipResponse\": {\"0\": {\"Return\": {}}}}}");
            assertThat(result.exit()).isEqualTo(2);
        }
    }

    @Nested
    class WithoutAMockConfig {
        @Test
        void theHintStaysInTheCaseFileShape() {
            // given
            Path definition = Cli.write(dir, "order.asl.json", TWO_TASKS);

            // when
            Cli.Result result = Cli.run("run", definition);

            // then
            assertThat(result.errLines()).last().isEqualTo(
                    "  Mock it by state name, for example {\"Charge\": {\"0\": {\"Return\": {}}}}.");
        }
    }
}
