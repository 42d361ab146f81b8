package dev.sfntest.asl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Real definitions from public repositories (see {@code ../shared/realworld/README.md}) must
 * validate without errors, except the one the README names as invalid.
 */
class RealWorldDefinitionsTest {
    static final String INVALID =
            "step-functions-workflows-collection__shared-fallback-state-jsonata__statemachine__statemachine.asl.json";

    static Path shared() {
        return Path.of(System.getProperty("sfntest.shared", "../shared"));
    }

    static Path realworld() {
        Path folder = shared().resolve("realworld");
        Assumptions.assumeTrue(Files.isDirectory(folder),
                "../shared/realworld not found; set -Dsfntest.shared=/path/to/shared");
        return folder;
    }

    static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    static List<Diagnostic> errors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    @TestFactory
    Stream<DynamicTest> every_valid_definition_has_no_errors_and_builds() throws IOException {
        return files(realworld(), ".json").stream()
                .filter(file -> !file.getFileName().toString().equals(INVALID))
                .map(file -> dynamicTest(file.getFileName().toString(), () -> {
                    // given
                    JsonNode definition = Definitions.readTree(Definitions.read(file));

                    // when
                    List<Diagnostic> diagnostics = Validator.validate(definition);

                    // then
                    assertThat(errors(diagnostics)).as("errors in %s", file.getFileName()).isEmpty();
                    assertThat(Definitions.build(definition).graph().states()).isNotEmpty();
                }));
    }

    @Test
    void the_known_invalid_definition_gets_located_errors() {
        // given
        JsonNode definition = Definitions.readTree(Definitions.read(realworld().resolve(INVALID)));

        // when
        List<Diagnostic> errors = errors(Validator.validate(definition));

        // then
        assertThat(errors).extracting(Diagnostic::code, Diagnostic::location).contains(
                tuple("INVALID_TYPE", "/States/QueryLanguage"),
                tuple("QUERY_LANGUAGE_MISMATCH", "/States/FirstLambdaState/Output"),
                tuple("QUERY_LANGUAGE_MISMATCH", "/States/FirstLambdaState/Arguments"),
                tuple("QUERY_LANGUAGE_MISMATCH", "/States/ThirdLambdaState/Arguments"),
                tuple("UNREACHABLE_STATE", "/States/QueryLanguage"));
    }

    @Test
    void unparseable_text_gets_a_parse_error_with_line_and_column() throws IOException {
        // given
        List<Path> invalid = files(realworld().resolve("unparseable"), ".invalid");
        assertThat(invalid).isNotEmpty();

        for (Path file : invalid) {
            // when / then
            assertThatThrownBy(() -> Definitions.readTree(Definitions.read(file)))
                    .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> assertThat(e.diagnostics())
                            .singleElement()
                            .satisfies(d -> {
                                assertThat(d.code()).isEqualTo("PARSE_ERROR");
                                assertThat(d.location()).matches("\\d+:\\d+");
                            }));
        }
    }

    @TestFactory
    Stream<DynamicTest> yaml_originals_parse_with_yaml_1_2_scalars() throws IOException {
        return files(realworld().resolve("yaml"), "").stream()
                .map(file -> dynamicTest(file.getFileName().toString(), () -> {
                    // when
                    JsonNode definition = Definitions.readTree(Definitions.read(file));

                    // then
                    assertThat(definition.path("States").isObject()).isTrue();
                    assertThat(errors(Validator.validate(definition))).isEmpty();
                    String text = Definitions.read(file);
                    if (text.contains("Next: Yes")) {
                        assertThat(definition.toString()).contains("\"Next\":\"Yes\"").contains("\"Yes\":{");
                    }
                }));
    }
}
