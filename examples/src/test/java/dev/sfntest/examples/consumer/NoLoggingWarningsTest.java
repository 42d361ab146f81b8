package dev.sfntest.examples.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A user's build prints no {@code SLF4J(W)} warning: the packaged core jar carries json-path and
 * SLF4J's API relocated, with a no-operation provider for the relocated copy only.
 */
class NoLoggingWarningsTest {

    @Test
    void aJsonPathFilterInAFreshJvmPrintsNoSlf4jWarning() throws IOException, InterruptedException {
        assumeTrue(relocatedJsonPathPresent(),
                "needs the packaged sfn-test-core jar (mvn verify), not its classes directory");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                FilterPathRun.class.getName())).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the run ended").isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(out.strip()).isEqualTo("[{\"n\":2}]");
        assertThat(err).doesNotContain("SLF4J");
        assertThat(process.exitValue()).isZero();
    }

    private static boolean relocatedJsonPathPresent() {
        try {
            Class.forName("dev.sfntest.internal.shaded.jsonpath.JsonPath");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
