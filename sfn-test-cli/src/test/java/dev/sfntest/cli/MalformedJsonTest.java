package dev.sfntest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text after a JSON value, and a key repeated in an object, are refused wherever the CLI reads JSON. */
class MalformedJsonTest {
    @TempDir
    Path dir;

    @Test
    void a_definition_with_a_duplicated_state_name_is_refused_at_the_second_one() {
        // given
        Path definition = Cli.write(dir, "dup.asl.json", """
                {"StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Result": 1, "End": true},
                  "A": {"Type": "Pass", "Result": 2, "End": true}}}""");

        // when
        Cli.Result result = Cli.run("validate", definition);

        // then
        assertThat(result.out().strip()).isEqualTo(definition + ": ERROR PARSE_ERROR 3:3 Invalid JSON: Duplicate "
                + "key 'A': a key may appear only once in an object");
        assertThat(result.exit()).isEqualTo(1);
    }

    @Test
    void an_input_with_text_after_the_value_is_a_usage_error() {
        // given
        Path definition = Cli.write(dir, "echo.asl.json", SfnTestCliTest.ECHO);

        // when
        Cli.Result result = Cli.run("run", definition, "--input", "{\"a\": 1} {\"b\": 2}");

        // then
        assertThat(result.errLines()).containsExactly("sfn-test run: --input is not JSON (use @FILE to read a file, - for standard input): "
                + "Unexpected text after the JSON value: a JSON text holds exactly one value at 1:10");
        assertThat(result.exit()).isEqualTo(2);
    }

    @Test
    void a_mock_file_with_a_duplicated_attempt_key_is_refused() {
        // given
        Path definition = Cli.write(dir, "order.asl.json", SfnTestCliTest.ORDER);
        Path mocks = Cli.write(dir, "mocks.json", """
                {"StateMachines": {"order": {"TestCases": {"Happy": {"Charge": "Charged"}}}},
                 "MockedResponses": {"Charged": {
                   "0": {"Return": {"id": "ch-1"}},
                   "0": {"Throw": {"Error": "E", "Cause": "c"}}}}}""");

        // when
        Cli.Result result = Cli.run("run", definition, "--mock-config", mocks, "--test-case", "Happy");

        // then
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.errLines().get(0)).contains("Duplicate key '0': a key may appear only once in an object")
                .contains("4:4");
        assertThat(result.exit()).isEqualTo(2);
    }

    @Test
    void a_mock_file_with_single_quotes_is_located_with_a_hint_at_double_quotes() {
        // given
        Path definition = Cli.write(dir, "order.asl.json", SfnTestCliTest.ORDER);
        Path mocks = Cli.write(dir, "mocks.json", """
                {"StateMachines": {"order": {"TestCases": {"Happy": {"Charge": "Charged"}}}},
                 "MockedResponses": {"Charged": {"0": {"Return": {'id': "ch-1"}}}}}""");

        // when
        Cli.Result result = Cli.run("run", definition, "--mock-config", mocks, "--test-case", "Happy");

        // then
        assertThat(result.errLines()).containsExactly("sfn-test run: The mock config " + mocks + " is not JSON: "
                + "expected a field name in double quotes, found ''' at 2:51; JSON strings and field names use double "
                + "quotes: \"id\", not 'id'");
        assertThat(result.exit()).isEqualTo(2);
    }

    @Test
    void a_case_file_with_an_unquoted_string_and_one_with_a_trailing_comma_are_located_with_hints() {
        // given
        Path unquoted = Cli.write(dir, "unquoted.json", """
                {"definition": {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}},
                 "input": {"status": pending}}""");
        Path comma = Cli.write(dir, "comma.json", """
                {"definition": {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}},
                 "input": {"status": "pending"},
                }""");

        // when
        Cli.Result result = Cli.run("cases", unquoted, comma);

        // then
        assertThat(result.outLines()).containsExactly("{\"name\":\"unquoted\",\"status\":\"ERROR\",\"output\":null,"
                + "\"error\":null,\"cause\":null,\"message\":\"Cannot read the case file " + unquoted + ": not JSON: "
                + "expected a value, found 'pending' at 2:22; did you mean to quote it: \\\"pending\\\"?\"}",
                "{\"name\":\"comma\",\"status\":\"ERROR\",\"output\":null,\"error\":null,\"cause\":null,"
                + "\"message\":\"Cannot read the case file " + comma + ": not JSON: expected a field name in double "
                + "quotes, found '}' at 3:1; remove the comma before '}': JSON allows none after the last field\"}");
        assertThat(result.exit()).isEqualTo(1);
    }
}
