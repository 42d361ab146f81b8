package dev.sfntest.teststate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import dev.sfntest.engine.Engine;
import dev.sfntest.engine.TaskHandler;
import dev.sfntest.engine.TaskOutcome;
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
 * Runs every AWS-recorded TestState call under {@code ../shared/conformance/teststate/cases}
 * through {@link TestStates} (the request read with {@link TestStateJson#request}, the answer
 * written with {@link TestStateResponse#toJson}) and compares it as {@code compare_teststate.py}
 * does. Cases listed in {@code teststate-known-failures.txt} must fail, each with a reason; the
 * test fails when one of them starts passing.
 */
class TestStateConformanceTest {

    static Path casesDirectory() {
        String shared = System.getProperty("sfntest.shared", "../shared");
        return Path.of(shared, "conformance", "teststate", "cases");
    }

    @TestFactory
    Stream<DynamicTest> awsRecordedTestStateCalls() throws IOException {
        Path directory = casesDirectory();
        assumeTrue(Files.isDirectory(directory), "AWS-recorded TestState cases not found at "
                + directory.toAbsolutePath() + "; set -Dsfntest.shared=/path/to/shared to run them");
        Map<String, String> knownFailures = knownFailures();
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            JsonNode testCase = Json.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
            String name = testCase.get("name").asText();
            List<String> differences = TestStateCaseComparison.compare(testCase, answer(testCase), Engine.ACCOUNT);
            String reason = knownFailures.get(name);
            if (reason != null) {
                assertThat(differences).as("known failure '%s' (%s) now passes: remove it from the list", name,
                        reason).isNotEmpty();
            } else {
                assertThat(differences).as("case %s", name).isEmpty();
            }
        }));
    }

    /** What TestStates answers for the case's request: the wire response, or the error's code and message. */
    static JsonNode answer(JsonNode testCase) {
        try {
            TestStateRequest request = TestStateJson.request(TestStateCaseComparison.apiRequest(testCase));
            return TestStateJson.json(TestStates.run(request, stubs(testCase)));
        } catch (TestStateException e) {
            return TestStateCaseComparison.error(e.code(), e.getMessage());
        }
    }

    /** The case's {@code stubs}: a Task without mock calling {@code resource} returns {@code result}. */
    private static TaskHandler stubs(JsonNode testCase) {
        Map<String, JsonNode> results = new HashMap<>();
        for (JsonNode stub : testCase.path("stubs")) {
            results.put(stub.get("resource").asText(), stub.get("result"));
        }
        return invocation -> results.containsKey(invocation.resource())
                ? TaskOutcome.success(results.get(invocation.resource())) : null;
    }

    private static Map<String, String> knownFailures() throws IOException {
        return dev.sfntest.KnownFailures.read("/teststate-known-failures.txt");
    }
}
