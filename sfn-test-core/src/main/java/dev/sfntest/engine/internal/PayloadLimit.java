package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;

/**
 * AWS's 256 KiB limit on a payload (task result, state input and output, variables, execution
 * input and output), in UTF-8 bytes.
 */
final class PayloadLimit {
    static final int MAX_BYTES = 256 * 1024;

    private PayloadLimit() {
    }

    /** AWS's cause for a result over the limit, naming the state or the resource type. */
    static String stateCause(String stateOrResource) {
        return "The state/task '" + stateOrResource + "' returned a result with a size exceeding the maximum "
                + "number of bytes service limit.";
    }

    static boolean exceeds(JsonNode value) {
        if (value.isValueNode() && !value.isTextual()) {
            return false;
        }
        return Json.exceedsUtf8Bytes(value, MAX_BYTES);
    }
}
