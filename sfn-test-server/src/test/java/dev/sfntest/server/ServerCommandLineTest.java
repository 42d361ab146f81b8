package dev.sfntest.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The runnable jar's command line: its usage errors (a served run blocks until the process stops). */
class ServerCommandLineTest {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(Map<String, String> env, String... args) {
        return ServerCommandLine.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void prints_its_usage() {
        assertThat(run(Map.of(), "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(ServerCommandLine.USAGE + System.lineSeparator());
    }

    @Test
    void refuses_unknown_options_and_bad_values() {
        assertThat(run(Map.of(), "--verbose", "yes")).isEqualTo(2);
        assertThat(run(Map.of(), "--port", "70000")).isEqualTo(2);
        assertThat(run(Map.of(), "--port", "http")).isEqualTo(2);
        assertThat(run(Map.of(), "--port")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "sfn-test-server: unknown option --verbose", ServerCommandLine.USAGE,
                "sfn-test-server: port must be 0 to 65535, was 70000",
                "sfn-test-server: --port must be a number, was 'http'",
                "sfn-test-server: --port needs a value", ServerCommandLine.USAGE);
    }

    @Test
    void reads_the_mock_file_from_the_environment() {
        assertThat(run(Map.of("SFN_MOCK_CONFIG", "/no/such/MockConfigFile.json"), "--port", "0")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith(
                "sfn-test-server: Cannot read the MockConfigFile /no/such/MockConfigFile.json: ");
    }

    @Test
    void reads_account_and_region_from_flags_and_step_functions_local_environment() {
        assertThat(run(Map.of("AWS_ACCOUNT_ID", "42"), "--port", "0")).isEqualTo(2);
        assertThat(run(Map.of(), "--region", "Europe", "--port", "0")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "sfn-test-server: account must be 12 digits, was '42'",
                "sfn-test-server: region must look like eu-west-1, was 'Europe'");
    }
}
