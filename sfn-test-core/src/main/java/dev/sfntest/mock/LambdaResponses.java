package dev.sfntest.mock;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.Json;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a Lambda Task returns, in AWS's shapes, so a mock returns what AWS would.
 *
 * <pre>{@code
 * JsonNode payload = Json.parse("{\"charged\": true}");
 * TaskMocks.forState("Charge").returns(LambdaResponses.invoke(payload));
 * // {"ExecutedVersion": "$LATEST", "Payload": {"charged": true}, "SdkHttpMetadata": {...},
 * //  "SdkResponseMetadata": {"RequestId": "..."}, "StatusCode": 200}
 * TaskMocks.forResource("arn:aws:lambda:us-east-1:123456789012:function:charge")
 *         .returns(LambdaResponses.forResource("arn:aws:lambda:us-east-1:123456789012:function:charge", payload));
 * // the legacy function-ARN form returns the payload itself
 * }</pre>
 *
 * <p>Request ids are derived from the payload, so runs repeat exactly; the Date and trace headers,
 * which vary per call, are left out. Function errors and service errors are in {@link AwsErrors}.
 */
@API(status = STABLE)
public final class LambdaResponses {
    private static final String INVOKE = "arn:aws:states:::lambda:invoke";

    private LambdaResponses() {
    }

    /**
     * The result of {@code arn:aws:states:::lambda:invoke} for the JSON text {@code payload}.
     *
     * @throws InvalidMockException when {@code payload} is not JSON
     */
    public static JsonNode invoke(String payload) {
        return invoke(MockJson.parse(payload, "LambdaResponses.invoke(...) has"));
    }

    /** The result of {@code arn:aws:states:::lambda:invoke}: {@code Payload} wrapped with status and metadata. */
    public static JsonNode invoke(JsonNode payload) {
        Objects.requireNonNull(payload, "payload");
        String text = Json.write(payload);
        ObjectNode result = Json.emptyObject();
        result.put("ExecutedVersion", "$LATEST");
        result.set("Payload", payload);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Connection", "keep-alive");
        headers.put("Content-Length", String.valueOf(text.getBytes(StandardCharsets.UTF_8).length));
        headers.put("Content-Type", "application/json");
        headers.put("X-Amz-Executed-Version", "$LATEST");
        headers.put("x-amzn-Remapped-Content-Length", "0");
        SdkMetadata.add(result, SdkMetadata.id("lambda:invoke " + text), headers);
        result.put("StatusCode", 200);
        return result;
    }

    /**
     * The result shape for a Task's {@code Resource}: {@link #invoke} for {@code lambda:invoke}, the
     * payload itself for a function ARN ({@code arn:aws:lambda:...:function:name}).
     *
     * @throws IllegalArgumentException for any other resource
     */
    public static JsonNode forResource(String resource, JsonNode payload) {
        if (INVOKE.equals(resource)) {
            return invoke(payload);
        }
        String[] parts = resource.split(":", -1);
        if (parts.length >= 7 && "lambda".equals(parts[2]) && "function".equals(parts[5])) {
            return payload;
        }
        throw new IllegalArgumentException("The resource " + resource + " is neither " + INVOKE
                + " nor a Lambda function ARN (arn:aws:lambda:REGION:ACCOUNT:function:NAME)");
    }
}
