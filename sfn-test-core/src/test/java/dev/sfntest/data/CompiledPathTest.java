package dev.sfntest.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CompiledPathTest {
    private static final JsonNode DOC = parse("""
            {"a": {"b": [10, {"c d": "x", "e-f": 2, "_g": true}]}, "n": null, "list": [1, 2, 3],
             "ünï": "u", "0": "zero"}""");

    /** Simple paths are read without Jayway; Jayway must accept each of them and read the same value. */
    @ParameterizedTest
    @ValueSource(strings = {"$", "$.a", "$.a.b", "$.a.b[0]", "$.a.b[1]['c d']", "$.a.b[1].e-f", "$.a.b[1]._g",
        "$.n", "$['a']['b'][1]", "$.list[2]", "$.ünï", "$.0", "$['0']"})
    void simplePathsReadWhatJaywayReads(String text) {
        CompiledPath path = CompiledPath.compile(text);
        JsonNode jayway = com.jayway.jsonpath.JsonPath.compile(text).read(DOC, com.jayway.jsonpath.Configuration
                .builder().jsonProvider(new JacksonJsonNodeJsonProvider(Json.mapper()))
                .mappingProvider(new JacksonMappingProvider(Json.mapper())).build());

        assertThat(SimplePathParser.steps(text)).as("a simple path").isNotNull();
        assertThat(path.isDefinite()).isTrue();
        assertThat(path.read(DOC)).isEqualTo(jayway);
    }

    @Test
    void aRegexFilterStillSelectsWhatItMatches() {
        CompiledPath path = CompiledPath.compile("$.items[?(@.s =~ /A.*/i)].s");

        assertThat(path.read(parse("{\"items\": [{\"s\": \"abc\"}, {\"s\": \"xyz\"}]}")))
                .isEqualTo(parse("[\"abc\"]"));
    }

    @Test
    void aRegexFilterThatBacktracksCatastrophicallyStopsWithAnError() {
        CompiledPath path = CompiledPath.compile("$.items[?(@.s =~ /(.*a){20}b/)]");
        JsonNode doc = parse("{\"items\": [{\"s\": \"" + "a".repeat(40) + "!\"}]}");

        assertThatThrownBy(() -> path.read(doc)).isInstanceOf(StatesException.class)
                .hasMessage("States.Runtime: The regular expression filter of the path '$.items[?(@.s =~ /(.*a){20}b/)]' read more "
                        + "than 10000000 characters (catastrophic backtracking?); simplify the pattern");
    }

    @Test
    void aMissOnASimplePathCarriesJaywaysMessage() {
        CompiledPath path = CompiledPath.compile("$.a.missing");

        assertThatThrownBy(() -> path.read(DOC)).isInstanceOf(PathException.class)
                .hasMessageContaining("No results for path: $['a']['missing']");
    }

    @Test
    void otherPathsGoThroughJayway() {
        assertThat(CompiledPath.compile("$.list[*]").isDefinite()).isFalse();
        assertThat(CompiledPath.compile("$.list[*]").read(DOC)).isEqualTo(parse("[1,2,3]"));
        assertThat(CompiledPath.compile("$..e-f").isDefinite()).isFalse();
        assertThat(CompiledPath.compile("$.list[?(@ > 1)]").read(DOC)).isEqualTo(parse("[2,3]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"$.", "$[?(@.x ==]", "a.b", "$.a..", "$['a'"})
    void invalidPathsAreRefusedWhenCompiled(String text) {
        assertThatThrownBy(() -> CompiledPath.compile(text)).isInstanceOf(PathException.class);
    }

    @Test
    void rootsAreTold() {
        assertThat(CompiledPath.compile("$$.Execution.Id").root()).isEqualTo(CompiledPath.Root.CONTEXT);
        assertThat(CompiledPath.compile("$counter.value").root()).isEqualTo(CompiledPath.Root.VARIABLE);
        assertThat(CompiledPath.compile("$counter.value").variable()).isEqualTo("counter");
        assertThat(List.of(CompiledPath.compile("$").isRoot(), CompiledPath.compile("$.a").isRoot())).containsExactly(true, false);
    }

    private static JsonNode parse(String text) {
        return Json.parse(text);
    }
}
