package dev.sfntest.property.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.property.Generator;
import dev.sfntest.property.Source;
import java.math.BigDecimal;

/** Any JSON value, nested up to a depth; shrinks towards {@code null}, then {@code false}, 0, "". */
public final class JsonValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String KEY_CHARS = "abcdefghijklmnopqrstuvwxyz";
    private static final String TEXT_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.:/é€😀";

    private JsonValues() {
    }

    /** A JSON value whose arrays and objects nest at most {@code depth} deep. */
    public static Generator<JsonNode> values(int depth) {
        return source -> value(source, depth);
    }

    /** A JSON object with up to 5 fields whose values nest at most {@code depth - 1} deep. */
    public static Generator<JsonNode> objects(int depth) {
        return source -> object(source, depth);
    }

    /** A string of {@code min} to {@code max} characters, letters first. */
    public static Generator<String> strings(String alphabet, int min, int max) {
        return Collections.lists(source -> alphabet.charAt(source.pick(alphabet.length())), min, max)
                .map(chars -> {
                    StringBuilder out = new StringBuilder(chars.size());
                    chars.forEach(out::append);
                    return out.toString();
                });
    }

    /** The default alphabet of strings: ASCII letters and digits first, then punctuation and non-ASCII. */
    public static String textAlphabet() {
        return TEXT_CHARS;
    }

    static JsonNode value(Source source, int depth) {
        switch (source.pick(depth > 0 ? 7 : 5)) {
            case 0:
                return NODES.nullNode();
            case 1:
                return NODES.booleanNode(source.drawBoolean());
            case 2:
                return NODES.numberNode(Numbers.draw(source, -1_000_000, 1_000_000));
            case 3:
                return NODES.numberNode(BigDecimal.valueOf(Numbers.draw(source, -100_000, 100_000), 2));
            case 4:
                return NODES.textNode(strings(TEXT_CHARS, 0, 12).generate(source));
            case 5:
                ArrayNode array = NODES.arrayNode();
                Collections.lists(values(depth - 1), 0, 4).generate(source).forEach(array::add);
                return array;
            default:
                return object(source, depth);
        }
    }

    static ObjectNode object(Source source, int depth) {
        ObjectNode object = NODES.objectNode();
        Collections.maps(strings(KEY_CHARS, 1, 8), values(depth - 1), 0, 5).generate(source).forEach(object::set);
        return object;
    }
}
