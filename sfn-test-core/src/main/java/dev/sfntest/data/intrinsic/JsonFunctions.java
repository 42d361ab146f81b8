package dev.sfntest.data.intrinsic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.sfntest.data.Json;

/** {@code States.StringToJson}, {@code States.JsonToString} and {@code States.JsonMerge}. */
final class JsonFunctions {
    private JsonFunctions() {
    }

    /** Parses JSON text; blank text gives {@code null}, as AWS does. */
    static JsonNode stringToJson(Invocation call) {
        String text = call.string(0);
        if (text.isBlank()) {
            return NullNode.getInstance();
        }
        try {
            return Strict.READER.readTree(text);
        } catch (JsonProcessingException e) {
            throw call.fail("argument 1 is not valid JSON: " + Invocation.shown(call.value(0)));
        }
    }

    /** Compact JSON text, without spaces. */
    static JsonNode jsonToString(Invocation call) {
        return TextNode.valueOf(Json.write(call.value(0)));
    }

    /** A shallow merge: the second object's fields replace the first's. Deep merging is not supported. */
    static JsonNode merge(Invocation call) {
        ObjectNode first = call.object(0);
        ObjectNode second = call.object(1);
        if (call.bool(2)) {
            throw call.fail("deep merge is not supported; argument 3 must be false");
        }
        ObjectNode result = first.deepCopy();
        result.setAll(second);
        return result;
    }

    /** A reader that refuses text after the value, made on first use (it needs the object mapper). */
    private static final class Strict {
        static final ObjectReader READER = Json.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

        private Strict() {
        }
    }
}
