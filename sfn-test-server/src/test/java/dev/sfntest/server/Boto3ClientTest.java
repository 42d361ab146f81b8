package dev.sfntest.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code src/test/python/boto3_client_test.py} (plain unittest) against a server started here:
 * boto3, the client Python users have, drives it. Skipped, saying why, when {@code python3} or
 * boto3 is missing ({@code pip install boto3}; CI installs it when it can).
 */
class Boto3ClientTest {
    static final Path SCRIPT = Path.of("src/test/python/boto3_client_test.py");

    @Test
    void the_python_unittest_suite_passes_against_the_server() throws Exception {
        assumeTrue(Files.isRegularFile(SCRIPT), "no " + SCRIPT.toAbsolutePath() + ": run from the module folder");
        assumeTrue(run(Path.of("."), null, "-c", "import boto3").exit() == 0,
                "python3 with boto3 is not installed here (pip install boto3): the boto3 suite is skipped");
        try (StepFunctionsServer server = StepFunctionsServer.builder().port(0).start()) {
            Result result = run(SCRIPT.getParent(), server.endpoint().toString(), "-m", "unittest", "-v",
                    "boto3_client_test");

            assertThat(result.exit()).as("python3 -m unittest boto3_client_test:%n%s", result.output()).isZero();
            assertThat(result.output()).contains("Ran 5 tests").contains("OK");
        }
    }

    /** The exit code and the merged output of a python3 run. */
    record Result(int exit, String output) {
    }

    private static Result run(Path dir, String endpoint, String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "python3";
        System.arraycopy(args, 0, command, 1, args.length);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        if (endpoint != null) {
            builder.environment().put("SFN_TEST_ENDPOINT", endpoint);
        }
        builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return new Result(127, "python3 cannot be started: " + e.getMessage());
        }
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(-1, output + "\n(timed out)");
        }
        return new Result(process.exitValue(), output);
    }
}
