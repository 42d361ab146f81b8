package dev.sfntest.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Json#utf8Bytes} counts exactly the bytes of {@link Json#write}'s text. */
class JsonSizeTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @ParameterizedTest
    @ValueSource(strings = {"{}", "[]", "0", "-12", "1.5", "1e300", "123456789012345678901234567890", "true",
        "false", "null", "\"\"", "\"a\\\"b\\\\c/d\"", "\"\\b\\t\\n\\f\\r\\u0000\\u001f\\u007f\"",
        "\"é ü 中 \\ud83d\\ude00\"", "{\"k\":[1,{\"x\":\"y\"},[]],\"ä\":null}"})
    void countsTheWrittenText(String text) throws IOException {
        JsonNode node = Json.parse(text);

        assertThat(Json.utf8Bytes(node)).isEqualTo(bytes(node));
    }

    @Test
    void countsNumbersOfEveryKindAndLoneSurrogates() {
        ArrayNode node = NODES.arrayNode().add(NODES.numberNode(1.25f)).add(NODES.numberNode(Float.NaN))
                .add(NODES.numberNode(Double.NEGATIVE_INFINITY)).add(NODES.numberNode(new BigDecimal("1.50E+7")))
                .add(NODES.numberNode(new BigInteger("-99999999999999999999"))).add(NODES.numberNode(Long.MIN_VALUE))
                .add(NODES.numberNode(1e-7)).add("\ud800 lone").add("end \udc00").add(NODES.missingNode());

        assertThat(Json.utf8Bytes(node)).isEqualTo(bytes(node));
    }

    @Test
    void countsSeededRandomTrees() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 2_000; i++) {
            JsonNode node = randomTree(random, 4);

            assertThat(Json.utf8Bytes(node)).as(Json.write(node)).isEqualTo(bytes(node));
        }
    }

    @Test
    void countsTheDigitsOfIntegers() {
        for (long value : new long[] {0, 9, 10, -1, -10, 99, 100, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE,
            Long.MIN_VALUE, 999_999_999_999L, -1_000_000_000_000L}) {
            assertThat(JsonSize.digits(value)).as(Long.toString(value)).isEqualTo(Long.toString(value).length());
        }
    }

    @Test
    void stopsCountingPastTheLimit() {
        ArrayNode big = NODES.arrayNode();
        for (int i = 0; i < 100_000; i++) {
            big.add("0123456789");
        }

        assertThat(Json.exceedsUtf8Bytes(big, 256 * 1024)).isTrue();
        assertThat(Json.exceedsUtf8Bytes(big, bytes(big))).isFalse();
        assertThat(Json.exceedsUtf8Bytes(big, bytes(big) - 1)).isTrue();
    }

    @Test
    void countsTheSharedCorpus() throws IOException {
        java.nio.file.Path shared = java.nio.file.Path.of(System.getProperty("sfntest.shared", "../shared"));
        Assumptions.assumeTrue(Files.isDirectory(shared.resolve("conformance")),
                "../shared/conformance not found; set -Dsfntest.shared=/path/to/shared");
        int files = 0;
        for (String folder : List.of("conformance", "realworld", "bench/workloads")) {
            try (Stream<java.nio.file.Path> walk = Files.walk(shared.resolve(folder))) {
                for (java.nio.file.Path file : walk.filter(p -> p.toString().endsWith(".json")).toList()) {
                    JsonNode node;
                    try {
                        node = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
                    } catch (dev.sfntest.data.InvalidJsonException e) {
                        continue;
                    }
                    assertThat(Json.utf8Bytes(node)).as(file.toString()).isEqualTo(bytes(node));
                    files++;
                }
            }
        }
        assertThat(files).isGreaterThan(900);
    }

    private static long bytes(JsonNode node) {
        return Json.write(node).getBytes(StandardCharsets.UTF_8).length;
    }

    static JsonNode randomTree(SplittableRandom random, int depth) {
        switch (random.nextInt(depth > 0 ? 8 : 6)) {
            case 0:
                return NODES.numberNode(random.nextInt());
            case 1:
                return NODES.numberNode(random.nextDouble() * Math.pow(10, random.nextInt(-10, 30)));
            case 2:
                return NODES.textNode(randomText(random));
            case 3:
                return NODES.booleanNode(random.nextBoolean());
            case 4:
                return NODES.nullNode();
            case 5:
                return NODES.numberNode(random.nextLong());
            case 6:
                ObjectNode object = NODES.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.set(randomText(random), randomTree(random, depth - 1));
                }
                return object;
            default:
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(randomTree(random, depth - 1));
                }
                return array;
        }
    }

    private static String randomText(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            text.append((char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000)));
        }
        return text.toString();
    }

    @Test
    void boundsFindsTheSizeOrTheDepthPassedInOneWalk() {
        // given: {"a":[{"b":1}]}, nested 3 levels, 15 bytes as text
        JsonNode nested = NODES.objectNode().set("a", NODES.arrayNode().add(NODES.objectNode().put("b", 1)));

        // then
        assertThat(Json.utf8Bytes(nested)).isEqualTo(15);
        assertThat(Json.bounds(nested, 15, 3)).isEqualTo(Json.Bounds.WITHIN);
        assertThat(Json.bounds(nested, 14, 3)).isEqualTo(Json.Bounds.TOO_LARGE);
        assertThat(Json.bounds(nested, 15, 2)).isEqualTo(Json.Bounds.TOO_DEEP);
        assertThat(Json.bounds(NODES.numberNode(7), 1, 0)).isEqualTo(Json.Bounds.WITHIN);
    }
}
