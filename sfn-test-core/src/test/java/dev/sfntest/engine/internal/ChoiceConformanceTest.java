package dev.sfntest.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.ChoiceBranch;
import dev.sfntest.asl.ChoiceState;
import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.PassState;
import dev.sfntest.asl.State;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.DataContext;
import dev.sfntest.data.ErrorNames;
import dev.sfntest.data.Json;
import dev.sfntest.data.StatesException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the Choice state of every AWS-recorded operator case (numeric, string, boolean, type tests,
 * timestamps) under {@code <sfntest.shared>/conformance/cases} and checks that the state it
 * chooses yields the recorded output, or that evaluation fails with the recorded error.
 */
class ChoiceConformanceTest {
    private static final Pattern OPERATOR_CASES =
            Pattern.compile("(numeric|string-operators|boolean-equals|is-operators|timestamp-operators)-.*\\.json");

    @TestFactory
    Stream<DynamicTest> recordedOperatorCases() throws IOException {
        Path cases = Path.of(System.getProperty("sfntest.shared", "../shared"), "conformance", "cases");
        if (!Files.isDirectory(cases)) {
            // a skipped test rather than an aborted factory, so that the build report shows the skip
            String message = "No conformance cases at " + cases.toAbsolutePath()
                    + "; set -Dsfntest.shared=<path to a copy of shared/> to run them";
            return Stream.of(DynamicTest.dynamicTest("conformance cases", () -> Assumptions.assumeTrue(false, message)));
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(cases)) {
            files = listing.filter(file -> OPERATOR_CASES.matcher(file.getFileName().toString()).matches())
                    .sorted().toList();
        }
        assertThat(files).as("operator cases in %s", cases).isNotEmpty();
        return files.stream()
                .map(ChoiceConformanceTest::read)
                .filter(testCase -> !hasFeature(testCase, "JSONata"))
                .map(testCase -> DynamicTest.dynamicTest(testCase.path("name").asText(), () -> check(testCase)));
    }

    private static void check(JsonNode testCase) {
        StateMachine machine = Definitions.build(testCase.get("definition"));
        ChoiceState choice = choiceState(machine);
        JsonNode expected = testCase.get("expected");
        Outcome outcome = run(choice, DataContext.ofInput(testCase.get("input")));
        if ("SUCCEEDED".equals(expected.path("status").asText())) {
            assertThat(outcome.error()).as("error raised").isNull();
            State chosen = machine.graph().state(outcome.next());
            assertThat(chosen).as("chosen state %s", outcome.next()).isInstanceOf(PassState.class);
            assertThat(((PassState) chosen).result()).as("output of %s", outcome.next())
                    .isEqualTo(expected.get("output"));
        } else {
            assertThat(outcome.error()).as("error raised, chose %s instead", outcome.next()).isNotNull();
            if (expected.has("error")) {
                assertThat(outcome.error().error()).isEqualTo(expected.get("error").textValue());
            }
            if (expected.hasNonNull("cause")) {
                assertThat(expected.get("cause").textValue()).endsWith(outcome.error().cause());
            }
        }
    }

    /** The state a Choice leads to, or the error it raises, as the engine will run it. */
    private static Outcome run(ChoiceState choice, DataContext data) {
        try {
            for (ChoiceBranch branch : choice.choices()) {
                if (ChoiceEvaluator.matches(branch.rule(), data)) {
                    return new Outcome(branch.next(), null);
                }
            }
            if (choice.defaultNext() == null) {
                return new Outcome(null, new StatesException(ErrorNames.NO_CHOICE_MATCHED, null));
            }
            return new Outcome(choice.defaultNext(), null);
        } catch (StatesException e) {
            return new Outcome(null, e);
        }
    }

    private record Outcome(String next, StatesException error) {
    }

    private static ChoiceState choiceState(StateMachine machine) {
        if (machine.graph().state(machine.graph().startAt()) instanceof ChoiceState start) {
            return start;
        }
        return machine.graph().states().values().stream()
                .filter(ChoiceState.class::isInstance).map(ChoiceState.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("The case has no Choice state"));
    }

    private static boolean hasFeature(JsonNode testCase, String feature) {
        for (JsonNode each : testCase.path("features")) {
            if (feature.equals(each.asText())) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode read(Path file) {
        try {
            return Json.parse(Files.readString(file));
        } catch (IOException e) {
            throw new AssertionError("Cannot read case " + file + ": " + e.getMessage(), e);
        }
    }
}
