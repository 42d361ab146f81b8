package dev.sfntest.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads JSON trees with Jackson's streaming parser alone, the same trees and errors as a default
 * {@code ObjectMapper}'s {@code readTree}, without building a mapper (whose set-up, dates and
 * locales included, costs tens of milliseconds). It reads what {@link JsonReader} leaves to it.
 */
final class JsonStreams {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonStreams() {
    }

    /**
     * The tree of the one value of the text; a missing node when there is none.
     *
     * @param uniqueKeys whether a key repeated in an object is an error (otherwise its last value
     *     is kept, in the first place, as Jackson and JavaScript keep it)
     * @throws JsonProcessingException for invalid JSON, text after the value, or a repeated key
     */
    static JsonNode read(String text, boolean uniqueKeys) throws IOException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return NODES.missingNode();
            }
            JsonNode value = value(parser, first, uniqueKeys);
            int end = (int) parser.currentLocation().getCharOffset();
            while (end < text.length() && isSpace(text.charAt(end))) {
                end++;
            }
            if (end < text.length()) {
                throw JsonErrors.trailing(text, end);
            }
            return value;
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    private static JsonNode value(JsonParser parser, JsonToken token, boolean uniqueKeys) throws IOException {
        switch (token) {
            case START_OBJECT:
                return object(parser, uniqueKeys);
            case START_ARRAY:
                return array(parser, uniqueKeys);
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

    private static ObjectNode object(JsonParser parser, boolean uniqueKeys) throws IOException {
        ObjectNode object = NODES.objectNode();
        String name;
        while ((name = parser.nextFieldName()) != null) { // as the mapper reads: the same error messages
            if (uniqueKeys && object.has(name)) {
                throw JsonErrors.duplicate(parser.currentTokenLocation(), name);
            }
            // a repeated name, when allowed: the last value, in the first place
            object.replace(name, value(parser, parser.nextToken(), uniqueKeys));
        }
        return object;
    }

    private static ArrayNode array(JsonParser parser, boolean uniqueKeys) throws IOException {
        ArrayNode array = NODES.arrayNode();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            array.add(value(parser, token, uniqueKeys));
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
