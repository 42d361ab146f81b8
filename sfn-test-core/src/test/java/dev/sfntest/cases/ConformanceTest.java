package dev.sfntest.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every AWS-recorded case under {@code ../shared/conformance/cases} (JSONPath, JSONata and
 * Variables) and compares status, output, error and cause, and the whole history where the case
 * carries AWS's ({@code expected.history}, compared by {@link RecordedHistory}). Cases listed in
 * {@code conformance-known-failures.txt} are expected to fail, each with a reason, and the test
 * fails when one of them starts passing so the list stays honest.
 */
class ConformanceTest {

    static Path casesDirectory() {
        String shared = System.getProperty("sfntest.shared", "../shared");
        return Path.of(shared, "conformance", "cases");
    }

    @TestFactory
    Stream<DynamicTest> awsRecordedCases() throws IOException {
        Path directory = casesDirectory();
        assumeTrue(Files.isDirectory(directory), "AWS-recorded cases not found at " + directory.toAbsolutePath()
                + "; set -Dsfntest.shared=/path/to/shared to run them");
        Map<String, String> knownFailures = knownFailures();
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            JsonNode root = Json.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
            CaseFile conformanceCase = CaseFile.of(root, file.getFileName().toString());
            CaseResult result = CaseRunner.run(conformanceCase);
            String differences = result.differencesFrom(conformanceCase.expected());
            String reason = knownFailures.get(conformanceCase.name());
            if (reason != null) {
                assertThat(differences).as("known failure '%s' (%s) now passes: remove it from the list",
                        conformanceCase.name(), reason).isNotEmpty();
            } else {
                assertThat(differences).as("case %s", conformanceCase.name()).isEmpty();
            }
        }));
    }

    private static Map<String, String> knownFailures() throws IOException {
        return dev.sfntest.KnownFailures.read("/conformance-known-failures.txt");
    }
}
