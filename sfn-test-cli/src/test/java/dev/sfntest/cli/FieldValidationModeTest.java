package dev.sfntest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --field-validation-mode}: mocked results checked against the AWS API models. */
class FieldValidationModeTest {
    static final String DESCRIBE = """
            {"StartAt": "Describe", "States": {"Describe": {"Type": "Task",
              "Resource": "arn:aws:states:::aws-sdk:lambda:getFunction",
              "Parameters": {"FunctionName": "orders"}, "End": true}}}
            """;
    static final String MOCKS = """
            {"StateMachines": {"describe": {"TestCases": {"Big": {"Describe": "Big"}}}},
             "MockedResponses": {"Big": {"0": {"Return": {"Configuration": {"MemorySize": 10241}}}}}}
            """;

    @TempDir
    Path dir;

    @Nested
    class Run {
        @Test
        void strict_by_default_stops_with_aws_message_and_exit_2() {
            // given
            Path definition = Cli.write(dir, "describe.asl.json", DESCRIBE);
            Path mocks = Cli.write(dir, "mocks.json", MOCKS);

            // when
            Cli.Result result = Cli.run("run", definition, "--mock-config", mocks, "--test-case", "Big");

            // then
            assertThat(result.exit()).isEqualTo(2);
            assertThat(result.err()).contains("Mock result schema validation error: Field 'MemorySize' exceeds the "
                    + "maximum value\n  state 'Describe', attempt 0, resource arn:aws:states:::aws-sdk:lambda:getFunction\n"
                    + "  at /Configuration/MemorySize of the mocked result: the API model expects an integer from 128 "
                    + "to 10240");
        }

        @Test
        void a_request_the_api_refuses_stops_with_exit_2() {
            // given: the function name comes from the input, which has none
            Path definition = Cli.write(dir, "describe.asl.json", DESCRIBE.replace(
                    "\"FunctionName\": \"orders\"", "\"FunctionName.$\": \"$.name\""));
            Path mocks = Cli.write(dir, "mocks.json", MOCKS);

            // when
            Cli.Result result = Cli.run("run", definition, "--mock-config", mocks, "--test-case", "Big",
                    "--input", "{\"name\": 42}");

            // then
            assertThat(result.exit()).isEqualTo(2);
            assertThat(result.err()).contains("Task request validation error: 'FunctionName' of lambda GetFunction "
                    + "must be a string of 1 to 170 characters, found 42\n  state 'Describe', attempt 0, resource "
                    + "arn:aws:states:::aws-sdk:lambda:getFunction\n  at /FunctionName of the request: {\"FunctionName\":42}");
        }

        @Test
        void none_runs_the_mock_as_it_is() {
            // given
            Path definition = Cli.write(dir, "describe.asl.json", DESCRIBE);
            Path mocks = Cli.write(dir, "mocks.json", MOCKS);

            // when
            Cli.Result result = Cli.run("run", definition, "--mock-config", mocks, "--test-case", "Big",
                    "--field-validation-mode", "NONE");

            // then
            assertThat(result.exit()).isZero();
            assertThat(result.out()).contains("\"MemorySize\":10241");
        }
    }
}
