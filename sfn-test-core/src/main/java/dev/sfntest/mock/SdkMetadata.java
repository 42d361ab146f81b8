package dev.sfntest.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code SdkHttpMetadata} and {@code SdkResponseMetadata} that optimized integrations add to a
 * result. Request and message ids are name-based UUIDs of the response's content, so a run is
 * repeatable; headers that vary per call (Date, X-Amzn-Trace-Id) are left out.
 */
final class SdkMetadata {
    private SdkMetadata() {
    }

    static String id(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Adds both metadata objects to {@code result}, with {@code headers} plus the request id. */
    static ObjectNode add(ObjectNode result, String requestId, Map<String, String> headers) {
        ObjectNode http = result.putObject("SdkHttpMetadata");
        ObjectNode all = http.putObject("AllHttpHeaders");
        ObjectNode single = http.putObject("HttpHeaders");
        headers.forEach((name, value) -> {
            all.putArray(name).add(value);
            single.put(name, value);
        });
        all.putArray("x-amzn-RequestId").add(requestId);
        single.put("x-amzn-RequestId", requestId);
        http.put("HttpStatusCode", 200);
        result.putObject("SdkResponseMetadata").put("RequestId", requestId);
        return result;
    }
}
