package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;

/** AWS's 256 KiB limit on a payload (task result, execution input and output), in UTF-8 bytes. */
final class PayloadLimit {
    static final int MAX_BYTES = 256 * 1024;

    private PayloadLimit() {
    }

    static boolean exceeds(JsonNode value) {
        if (value.isValueNode() && !value.isTextual()) {
            return false;
        }
        return Json.exceedsUtf8Bytes(value, MAX_BYTES);
    }
}
