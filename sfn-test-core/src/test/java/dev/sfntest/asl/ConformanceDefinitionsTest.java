package dev.sfntest.asl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every definition AWS accepted in the recorded conformance cases validates without errors. */
class ConformanceDefinitionsTest {

    @TestFactory
    Stream<DynamicTest> every_recorded_definition_has_no_errors() throws IOException {
        Path cases = RealWorldDefinitionsTest.shared().resolve("conformance/cases");
        Assumptions.assumeTrue(Files.isDirectory(cases),
                "../shared/conformance/cases not found; set -Dsfntest.shared=/path/to/shared");
        return RealWorldDefinitionsTest.files(cases, ".json").stream()
                .map(file -> dynamicTest(file.getFileName().toString(), () -> {
                    // given
                    JsonNode definition = Json.parse(Definitions.read(file)).get("definition");

                    // when / then
                    assertThat(RealWorldDefinitionsTest.errors(Validator.validate(definition)))
                            .as("errors in %s", file.getFileName()).isEmpty();
                    assertThat(Definitions.build(definition).graph().states()).isNotEmpty();
                }));
    }
}
