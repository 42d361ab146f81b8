package dev.sfntest.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * JSON text to trees and back with Jackson's streaming API ({@link JsonParser}, {@link JsonGenerator}):
 * the same trees and text as a default {@code ObjectMapper}'s {@code readTree} and
 * {@code writeValueAsString}, except that a document holds exactly one value, keys may be unique
 * ({@code STRICT_DUPLICATE_DETECTION}), numbers beyond a {@code double} keep their exact value
 * ({@link JsonNumbers}) and a lone surrogate is written escaped ({@link LoneSurrogates}). Reading
 * needs no mapper (whose set-up, dates and locales included, costs tens of milliseconds);
 * writing uses the shared one, made on first use.
 */
final class JsonStreams {
    /** Refuses a repeated key: {@code JsonParser.Feature.STRICT_DUPLICATE_DETECTION}. */
    private static final JsonFactory UNIQUE_KEYS = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final JsonFactory LAST_KEY_WINS = new JsonFactory();
    /** Writes trees of any depth, as the engine builds them (reading stays limited to 1,000 levels). */
    private static final JsonFactory WRITER = JsonFactory.builder()
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build()).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonStreams() {
    }

    /**
     * The tree of the one value of the text; a missing node when there is none.
     *
     * @param uniqueKeys whether a key repeated in an object is an error (otherwise its last value
     *     is kept, in the first place, as Jackson and JavaScript keep it)
     * @throws InvalidJsonException for invalid JSON, text after the value, or a repeated key
     */
    static JsonNode read(String text, boolean uniqueKeys) {
        JsonParser parser = null;
        try {
            parser = (uniqueKeys ? UNIQUE_KEYS : LAST_KEY_WINS).createParser(text);
            JsonToken first = parser.nextToken();
            if (first == null) {
                return NODES.missingNode();
            }
            JsonNode value = value(parser, first);
            int end = (int) parser.currentLocation().getCharOffset();
            while (end < text.length() && isSpace(text.charAt(end))) {
                end++;
            }
            if (end < text.length()) {
                throw JsonErrors.trailing(text, end);
            }
            return value;
        } catch (JsonProcessingException e) {
            if (parser != null && isDuplicate(e)) {
                throw JsonErrors.duplicate(text, (int) parser.currentLocation().getCharOffset(),
                        parser.getParsingContext().getCurrentName());
            }
            throw JsonErrors.invalid(e, text, parser == null ? null : parser.currentLocation());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string has no I/O
        } finally {
            close(parser);
        }
    }

    /**
     * Compact JSON text, as the shared mapper writes it (a default {@code ObjectMapper}), through a
     * generator that escapes lone surrogates.
     */
    static String write(JsonNode node) {
        StringWriter out = new StringWriter(64);
        try (JsonGenerator generator = new LoneSurrogates(WRITER.createGenerator(out))) {
            Json.mapper().writeTree(generator, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string has no I/O
        }
        return out.toString();
    }

    private static boolean isDuplicate(JsonProcessingException e) {
        return e instanceof JsonParseException && e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith("Duplicate field '");
    }

    private static void close(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT:
                return object(parser);
            case START_ARRAY:
                return array(parser);
            case VALUE_STRING:
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                return integer(parser);
            case VALUE_NUMBER_FLOAT:
                try {
                    return JsonNumbers.fractional(parser.getText());
                } catch (NumberFormatException e) {
                    throw new JsonParseException(parser, "Numeric value (" + parser.getText() + ") out of range");
                }
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new IllegalStateException("Unexpected JSON token " + token);
        }
    }

    private static ObjectNode object(JsonParser parser) throws IOException {
        ObjectNode object = NODES.objectNode();
        String name;
        while ((name = parser.nextFieldName()) != null) { // as the mapper reads: the same error messages
            // a repeated name, when allowed: the last value, in the first place
            object.replace(name, value(parser, parser.nextToken()));
        }
        return object;
    }

    private static ArrayNode array(JsonParser parser) throws IOException {
        ArrayNode array = NODES.arrayNode();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            array.add(value(parser, token));
        }
        return array;
    }

    private static JsonNode integer(JsonParser parser) throws IOException {
        switch (parser.getNumberType()) {
            case INT:
                return NODES.numberNode(parser.getIntValue());
            case LONG:
                return NODES.numberNode(parser.getLongValue());
            default:
                return NODES.numberNode(parser.getBigIntegerValue());
        }
    }
}
