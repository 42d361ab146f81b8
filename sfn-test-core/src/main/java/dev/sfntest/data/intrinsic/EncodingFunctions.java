package dev.sfntest.data.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/** {@code States.Base64Encode}, {@code States.Base64Decode} and {@code States.Hash}. */
final class EncodingFunctions {
    static final int MAX_INPUT_LENGTH = 10_000;
    static final List<String> ALGORITHMS = List.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

    private EncodingFunctions() {
    }

    static JsonNode base64Encode(Invocation call) {
        String text = limited(call, 0);
        return TextNode.valueOf(Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
    }

    static JsonNode base64Decode(Invocation call) {
        String text = limited(call, 0);
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw call.fail("argument 1 is not valid Base64: " + Invocation.shown(call.value(0)));
        }
        try {
            return TextNode.valueOf(StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            throw call.fail("argument 1 does not decode to UTF-8 text");
        }
    }

    static JsonNode hash(Invocation call) {
        String text = limited(call, 0);
        String algorithm = call.string(1);
        if (!ALGORITHMS.contains(algorithm)) {
            throw call.fail("the algorithm (argument 2) must be one of " + String.join(", ", ALGORITHMS)
                    + ", got " + Invocation.shown(call.value(1)));
        }
        try {
            byte[] digest = MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
            return TextNode.valueOf(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JVM lacks " + algorithm, e);
        }
    }

    private static String limited(Invocation call, int index) {
        String text = call.string(index);
        if (text.length() > MAX_INPUT_LENGTH) {
            throw call.fail("argument " + (index + 1) + " has " + text.length()
                    + " characters, more than the limit of " + MAX_INPUT_LENGTH);
        }
        return text;
    }
}
