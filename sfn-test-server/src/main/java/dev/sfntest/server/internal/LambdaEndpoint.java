package dev.sfntest.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.InvalidJsonException;
import dev.sfntest.data.Json;
import dev.sfntest.engine.TaskInvocation;
import dev.sfntest.engine.TaskOutcome;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Step Functions Local's {@code LAMBDA_ENDPOINT}: unmocked Lambda tasks ({@code lambda:invoke} and
 * Lambda function ARNs) call Lambda's Invoke API there (for example {@code sam local start-lambda}),
 * unsigned. A function error fails the task with the function's {@code errorType} and its payload as
 * the cause, as AWS reports it.
 */
final class LambdaEndpoint {
    private static final String INVOKE = "arn:aws:states:::lambda:invoke";

    private final URI endpoint;
    private final HttpClient client;

    LambdaEndpoint(URI endpoint) {
        this.endpoint = endpoint;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Whether the task is a Lambda invocation this endpoint answers. */
    static boolean handles(String resource) {
        return resource.equals(INVOKE) || resource.startsWith("arn:aws:lambda:") && resource.contains(":function:");
    }

    TaskOutcome invoke(TaskInvocation invocation) {
        boolean optimized = invocation.resource().equals(INVOKE);
        String function = optimized ? invocation.input().path("FunctionName").asText("") : invocation.resource();
        JsonNode payload = optimized ? invocation.input().path("Payload") : invocation.input();
        String name = functionName(function);
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/2015-03-31/functions/"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8) + "/invocations"))
                .timeout(Duration.ofMinutes(15))
                .header("Content-Type", "application/json")
                .header("X-Amz-Invocation-Type", "RequestResponse")
                .POST(HttpRequest.BodyPublishers.ofString(payload.isMissingNode() ? "{}" : Json.write(payload)))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return TaskOutcome.failure("Lambda.SdkClientException", "Unable to call the Lambda endpoint " + endpoint
                    + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return TaskOutcome.failure("Lambda.SdkClientException", "Interrupted while calling " + endpoint);
        }
        String body = response.body();
        if (response.statusCode() / 100 != 2) {
            String type = response.headers().firstValue("x-amzn-ErrorType").orElse("ServiceException");
            return TaskOutcome.failure("Lambda." + type.replaceAll(":.*", ""), body);
        }
        JsonNode result = parse(body);
        if (response.headers().firstValue("X-Amz-Function-Error").isPresent()) {
            return TaskOutcome.failure(result.path("errorType").asText("Exception"), body);
        }
        if (!optimized) {
            return TaskOutcome.success(result);
        }
        ObjectNode envelope = Json.emptyObject();
        envelope.put("ExecutedVersion", "$LATEST");
        envelope.set("Payload", result);
        envelope.putObject("SdkHttpMetadata").put("HttpStatusCode", response.statusCode());
        envelope.put("StatusCode", response.statusCode());
        return TaskOutcome.success(envelope);
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = Json.parseData(body);
            return node.isMissingNode() ? Json.nodes().nullNode() : node;
        } catch (InvalidJsonException e) {
            return Json.nodes().textNode(body);
        }
    }

    /** {@code arn:aws:lambda:REGION:ACCOUNT:function:NAME[:QUALIFIER]} → NAME; a plain name stays. */
    static String functionName(String function) {
        int at = function.indexOf(":function:");
        if (at < 0) {
            return function;
        }
        String rest = function.substring(at + ":function:".length());
        int colon = rest.indexOf(':');
        return colon < 0 ? rest : rest.substring(0, colon);
    }
}
