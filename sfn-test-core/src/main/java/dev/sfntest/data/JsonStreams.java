package dev.sfntest.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads and writes JSON trees with Jackson's streaming API alone: the same trees and the same text
 * as a default {@code ObjectMapper}'s {@code readTree} and {@code writeValueAsString}, without
 * building one (a mapper's set-up, dates and locales included, is a fifth of the CLI's start-up).
 */
final class JsonStreams {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonStreams() {
    }

    /** The tree of the first value in the text (what follows it is not read); a missing node when there is none. */
    static JsonNode read(String text) throws IOException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            return first == null ? NODES.missingNode() : value(parser, first);
        }
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
                return NODES.numberNode(parser.getDoubleValue());
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
            object.replace(name, value(parser, parser.nextToken())); // a repeated name: the last value, first place
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

    /**
     * Compact text of a tree, or {@code null} when it holds a node only a mapper can write
     * (binary or a wrapped Java object).
     */
    static String write(JsonNode node) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(text)) {
            if (!write(node, generator)) {
                return null;
            }
        }
        return text.toString();
    }

    private static boolean write(JsonNode node, JsonGenerator generator) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT:
                generator.writeStartObject();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    generator.writeFieldName(field.getKey());
                    if (!write(field.getValue(), generator)) {
                        return false;
                    }
                }
                generator.writeEndObject();
                return true;
            case ARRAY:
                generator.writeStartArray();
                for (JsonNode element : node) {
                    if (!write(element, generator)) {
                        return false;
                    }
                }
                generator.writeEndArray();
                return true;
            case STRING:
                generator.writeString(node.textValue());
                return true;
            case NUMBER:
                writeNumber(node, generator);
                return true;
            case BOOLEAN:
                generator.writeBoolean(node.booleanValue());
                return true;
            case NULL:
            case MISSING:
                generator.writeNull();
                return true;
            default:
                return false;
        }
    }

    private static void writeNumber(JsonNode node, JsonGenerator generator) throws IOException {
        switch (node.numberType()) {
            case INT:
                generator.writeNumber(node.intValue());
                break;
            case LONG:
                generator.writeNumber(node.longValue());
                break;
            case BIG_INTEGER:
                generator.writeNumber(node.bigIntegerValue());
                break;
            case FLOAT:
                generator.writeNumber(node.floatValue());
                break;
            case DOUBLE:
                generator.writeNumber(node.doubleValue());
                break;
            default:
                generator.writeNumber(node.decimalValue());
                break;
        }
    }
}
