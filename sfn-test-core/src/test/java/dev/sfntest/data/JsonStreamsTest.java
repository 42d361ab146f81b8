package dev.sfntest.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.POJONode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Json#parse} and {@link Json#write} give what a default {@code ObjectMapper} gives, node
 * classes, error messages (in plain words) and locations included; both are Jackson's streaming API.
 */
class JsonStreamsTest {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"{}", "[]", "0", "-0", "1", "-1", "2147483647", "2147483648", "-2147483649",
        "9223372036854775807", "9223372036854775808", "123456789012345678901234567890", "1.0", "0.1", "-0.0",
        "1e2", "1E-7", "2.5e+3", "0.30000000000000004", "true", "false", "null",
        "\"\"", "\"a\\u00e9\\n\\t\\\"\\\\/\"", "\"\\ud83d\\ude00 é ü 中\"",
        "{\"b\":{\"c\":[1,{\"d\":null}]},\"a\":[[],{}]}", "[1,2.5,\"x\",true,null,{\"k\":[]}]",
        "  {\"a\" : [ 1 , 2 ] }  ", "", "   "})
    void readsAndWritesAsTheMapperDoes(String text) throws IOException {
        JsonNode ours = Json.parse(text);
        JsonNode theirs = MAPPER.readTree(text);

        assertSameTree(ours, theirs);
        assertThat(Json.write(ours)).isEqualTo(MAPPER.writeValueAsString(theirs));
    }

    /** Unlike the mapper, a number beyond a double keeps its exact value (the mapper reads Infinity, or 0). */
    @ParameterizedTest
    @ValueSource(strings = {"1e400", "-1e400", "4.9e-325"})
    void readsNumbersBeyondADoubleExactly(String text) throws IOException {
        assertThat(Json.parse(text).decimalValue()).isEqualTo(new BigDecimal(text));
        assertThat(Json.write(Json.parse(text))).isEqualTo(new BigDecimal(text).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "[1,", "{\"a\" 1}", "{\"a\":}", "tru", "[1,]", "{'a':1}", "\"unterminated",
        "NaN", "01", "{\"a\":1,}", "{\"a\":}", "[1,}", "{\"a\":1 \"b\":2}", "{\n  \"a\": [1,\n  ]\n}",
        "{\"a\":\"\u0001\"}", "[\"\\x\"]"})
    void refusesWhatTheMapperRefusesAtTheSamePlace(String text) {
        JsonProcessingException theirs = catchThrowableOfType(JsonProcessingException.class, () -> MAPPER.readTree(text));
        InvalidJsonException ours = catchThrowableOfType(InvalidJsonException.class, () -> Json.parse(text));

        assertThat(ours).isNotNull();
        assertThat(ours.problem()).isEqualTo(JsonErrors.clean(theirs.getOriginalMessage()))
                .doesNotContain("Source:", "marker", "(code ");
        assertThat(ours.line()).isEqualTo(theirs.getLocation().getLineNr());
        assertThat(ours.column()).isEqualTo(theirs.getLocation().getColumnNr());
    }

    @Test
    void writesNumbersOfEveryKindAsTheMapperDoes() throws IOException {
        var nodes = Json.nodes();
        JsonNode tree = nodes.arrayNode().add(nodes.numberNode((short) 7)).add(nodes.numberNode(1.5f))
                .add(nodes.numberNode(new BigDecimal("1.50"))).add(nodes.numberNode(new BigDecimal("1E+3")))
                .add(nodes.numberNode(Double.NaN)).add(nodes.numberNode(Double.POSITIVE_INFINITY))
                .add(nodes.numberNode(new java.math.BigInteger("99999999999999999999"))).add(nodes.missingNode());

        assertThat(Json.write(tree)).isEqualTo(MAPPER.writeValueAsString(tree));
    }

    @Test
    void fallsBackToTheMapperForJavaObjects() throws IOException {
        JsonNode tree = Json.nodes().objectNode().set("pojo", new POJONode(Map.of("k", "v")));

        assertThat(Json.write(tree)).isEqualTo(MAPPER.writeValueAsString(tree)).isEqualTo("{\"pojo\":{\"k\":\"v\"}}");
    }

    @Test
    void deepNestingIsRefusedWithALocation() {
        String deep = "[".repeat(5000) + "]".repeat(5000);

        assertThatThrownBy(() -> MAPPER.readTree(deep)).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> Json.parse(deep)).isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("nests deeper than");
    }

    /** Every JSON file of the shared conformance cases and real-world definitions, read and written both ways. */
    @Test
    void sharedCorpusReadsAndWritesAsTheMapperDoes() throws IOException {
        java.nio.file.Path shared = java.nio.file.Path.of(System.getProperty("sfntest.shared", "../shared"));
        Assumptions.assumeTrue(Files.isDirectory(shared.resolve("conformance")),
                "../shared/conformance not found; set -Dsfntest.shared=/path/to/shared");
        List<java.nio.file.Path> files = new ArrayList<>();
        for (String folder : List.of("conformance", "realworld", "bench/workloads")) {
            try (Stream<java.nio.file.Path> walk = Files.walk(shared.resolve(folder))) {
                walk.filter(p -> p.toString().endsWith(".json")).forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(900);
        for (java.nio.file.Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            JsonNode theirs;
            try {
                theirs = MAPPER.readTree(text);
            } catch (JsonProcessingException e) {
                assertThatThrownBy(() -> Json.parse(text)).as(file.toString()).isInstanceOf(InvalidJsonException.class);
                continue;
            }
            JsonNode ours = Json.parse(text);
            assertSameTree(ours, theirs);
            assertThat(Json.write(ours)).as(file.toString()).isEqualTo(MAPPER.writeValueAsString(theirs));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"s\"x", "1x", "true,", "[truex]", "-", "1.",
        ".5", "+1", "01", "1e", "[1,]", "{\"a\":1,}", "// c\n{}", "\ufeff{}", "[\"\\u12\"]", "{\"a\" 1}"})
    void edgeCasesReadOrFailAsTheMapperDoesButTextAfterTheValueFails(String text) throws IOException {
        JsonProcessingException theirError = catchThrowableOfType(JsonProcessingException.class, () -> MAPPER.readTree(text));
        InvalidJsonException ourError = catchThrowableOfType(InvalidJsonException.class, () -> Json.parse(text));
        if (theirError == null && ourError == null) {
            assertSameTree(Json.parse(text), MAPPER.readTree(text));
        } else if (theirError == null) {
            assertThat(ourError.problem()).startsWith("Unexpected text after the JSON value");
        } else {
            assertThat(ourError.problem()).isEqualTo(JsonErrors.clean(theirError.getOriginalMessage()));
            assertThat(ourError.column()).isEqualTo(theirError.getLocation().getColumnNr());
        }
    }

    @Test
    void loneSurrogatesAreWrittenEscapedAndPairsAsTheyAre() {
        // given: a lone high surrogate in a value and a lone low one in a key, beside an emoji (a pair)
        JsonNode tree = Json.emptyObject().put("a\udc00", "x\ud800y \ud83d\ude00");

        // when
        String text = Json.write(tree);

        // then
        assertThat(text).isEqualTo("{\"a\\uDC00\":\"x\\uD800y \ud83d\ude00\"}");
        assertThat(Json.parse(text)).isEqualTo(tree);
    }

    @Test
    void treesDeeperThanTheReadingLimitAreWritten() {
        // given: 2,000 nested arrays, as a run-time loop may build
        JsonNode tree = Json.nodes().arrayNode();
        for (int i = 1; i < 2_000; i++) {
            tree = Json.nodes().arrayNode().add(tree);
        }

        // when / then
        assertThat(Json.write(tree)).isEqualTo("[".repeat(2_000) + "]".repeat(2_000));
    }

    @Test
    void aParseErrorIsUncheckedAndOneOfTheLibrarysExceptions() {
        // when
        Throwable error = catchThrowableOfType(RuntimeException.class, () -> Json.parseData("[1, }"));

        // then
        assertThat(error).isInstanceOf(InvalidJsonException.class).isInstanceOf(dev.sfntest.SfnTestException.class)
                .hasMessage("unexpected character '}' at 1:5");
    }

    @Test
    void seededRandomTreesReadBackAsTheMapperReadsThem() throws IOException {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        for (int i = 0; i < 3_000; i++) {
            String text = spaced(MAPPER.writeValueAsString(JsonSizeTest.randomTree(random, 4)), random);

            assertSameTree(Json.parse(text), MAPPER.readTree(text));
            assertThat(Json.write(Json.parse(text)))
                    .isEqualTo(escapeLoneSurrogates(MAPPER.writeValueAsString(MAPPER.readTree(text))));
        }
    }

    /** The mapper's text with lone surrogates escaped, as {@link Json#write} writes them (the mapper keeps them). */
    private static String escapeLoneSurrogates(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The text with spaces, tabs and line breaks between its tokens (outside strings). */
    private static String spaced(String text, java.util.SplittableRandom random) {
        StringBuilder out = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c);
            if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\' || text.charAt(i - 2) == '\\')) {
                inString = !inString;
            }
            if (!inString && (c == ',' || c == ':' || c == '[' || c == '{') && random.nextInt(3) == 0) {
                out.append(" \t\r\n".charAt(random.nextInt(4)));
            }
        }
        return out.toString();
    }

    /** Equal values, and the same node class at every place (IntNode, LongNode, DoubleNode ...). */
    private static void assertSameTree(JsonNode ours, JsonNode theirs) {
        assertThat(ours).isEqualTo(theirs);
        assertThat(ours.getClass()).isEqualTo(theirs.getClass());
        if (theirs.isObject()) {
            assertThat(ours.size()).isEqualTo(theirs.size());
            Iterator<String> names = theirs.fieldNames();
            Iterator<String> ourNames = ours.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                assertThat(ourNames.next()).isEqualTo(name);
                assertSameTree(ours.get(name), theirs.get(name));
            }
        } else if (theirs.isArray()) {
            for (int i = 0; i < theirs.size(); i++) {
                assertSameTree(ours.get(i), theirs.get(i));
            }
        }
    }
}
