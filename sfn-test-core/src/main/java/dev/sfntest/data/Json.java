package dev.sfntest.data;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import org.apiguardian.api.API;

/**
 * The JSON toolkit shared by the whole project: one immutable {@link ObjectMapper}, compact
 * serialisation as AWS prints it, and parsing.
 *
 * <p>JSON values flowing through an execution are never mutated once created, so they are shared
 * between states instead of copied.
 */
@API(status = STABLE)
public final class Json {
    private Json() {
    }

    /**
     * The shared mapper, made on first use and never reconfigured. Parsing and writing trees
     * ({@link #parse}, {@link #write}) use Jackson's streaming API and do not need it.
     */
    public static ObjectMapper mapper() {
        return Mapper.INSTANCE;
    }

    /** The node factory used for every value the engine builds. */
    public static JsonNodeFactory nodes() {
        return JsonNodeFactory.instance;
    }

    /** A new, empty object. */
    public static ObjectNode emptyObject() {
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * A new, empty object sized for {@code expectedFields} fields: the same object as
     * {@link #emptyObject()} (fields kept in insertion order), without the rehashing and the
     * 16-slot table a default one allocates for a few fields.
     */
    public static ObjectNode object(int expectedFields) {
        return new ObjectNode(JsonNodeFactory.instance, new LinkedHashMap<>(capacityFor(expectedFields)));
    }

    /** The initial capacity of a hash map that holds {@code fields} entries without resizing. */
    static int capacityFor(int fields) {
        return fields < 3 ? fields + 1 : (int) (fields / 0.75f) + 1;
    }

    /**
     * Compact JSON text, as AWS prints payloads in history events and causes: Jackson's generator,
     * as a default {@code ObjectMapper} writes it (numbers as {@code Double.toString} writes them,
     * {@code "NaN"} quoted), except that a lone surrogate is written as a {@code \}{@code uXXXX} escape.
     */
    public static String write(JsonNode node) {
        return JsonStreams.write(node);
    }

    /** What {@link #bounds} finds: within both bounds, or which one the tree passes first. */
    public enum Bounds {
        WITHIN, TOO_LARGE, TOO_DEEP
    }

    /**
     * Whether the tree's compact JSON text passes {@code maxBytes} UTF-8 bytes or its containers
     * nest deeper than {@code maxDepth} levels, found in one walk that stops at the first of the two.
     */
    public static Bounds bounds(JsonNode node, long maxBytes, int maxDepth) {
        return JsonSize.bounds(node, maxBytes, maxDepth);
    }

    /**
     * Whether the compact JSON text of the tree ({@link #write}) takes more than {@code maxBytes}
     * bytes in UTF-8; counted without writing the text, and only as far as the limit.
     */
    public static boolean exceedsUtf8Bytes(JsonNode node, long maxBytes) {
        return JsonSize.utf8Bytes(node, maxBytes) > maxBytes;
    }

    /** The size of the tree's compact JSON text ({@link #write}) in UTF-8 bytes. */
    public static long utf8Bytes(JsonNode node) {
        return JsonSize.utf8Bytes(node, Long.MAX_VALUE);
    }

    /** The JSON type name as AWS writes it in messages: array, object, string, number, boolean or null. */
    public static String typeName(JsonNode node) {
        if (node.isArray()) {
            return "array";
        }
        if (node.isObject()) {
            return "object";
        }
        if (node.isTextual()) {
            return "string";
        }
        if (node.isNumber()) {
            return "number";
        }
        return node.isBoolean() ? "boolean" : "null";
    }

    /**
     * Parses a JSON document a person wrote (a definition, an input, a case or mock file): exactly
     * one value, with the nodes {@code ObjectMapper.readTree} gives (a missing node when the text
     * is blank). Text after the value and a key repeated in an object are errors.
     *
     * @throws InvalidJsonException when the text is not one JSON value, located at its line and
     *     column, its message free of the parser library's internals
     */
    public static JsonNode parse(String text) {
        return JsonStreams.read(text, true);
    }

    /**
     * Parses JSON made at run time ({@code $parse}, a service's answer): exactly one value, as
     * {@link #parse}, but a key repeated in an object keeps its last value, as JavaScript's
     * {@code JSON.parse} does.
     *
     * @throws InvalidJsonException when the text is not one JSON value
     */
    public static JsonNode parseData(String text) {
        return JsonStreams.read(text, false);
    }

    /** The mapper's holder: a mapper costs tens of milliseconds to set up, which most runs never need. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = JsonMapper.builder().build();

        private Mapper() {
        }
    }
}
