package dev.sfntest.mock.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import dev.sfntest.engine.TaskInvocation;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds the real request of an {@code arn:aws:states:::http:invoke} task from its input (after
 * Parameters or Arguments): {@code ApiEndpoint} with its scheme, host and port replaced by the
 * route's base URL, {@code Method}, {@code Headers}, {@code QueryParameters}, {@code RequestBody}
 * and {@code Transform}. {@code Authentication} and {@code InvocationConfig} (the EventBridge
 * connection) are not used: the test's server needs no credentials.
 */
public final class HttpInvokeRequests {
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD");
    /** Headers AWS does not let an HTTP task set that the JDK client cannot send either. */
    private static final Set<String> FORBIDDEN = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private HttpInvokeRequests() {
    }

    /**
     * The request for {@code invocation}, sent to {@code baseUrl}.
     *
     * @throws IllegalArgumentException naming the state and the field that cannot be sent
     */
    public static HttpRequest build(TaskInvocation invocation, URI baseUrl, Duration timeout) {
        JsonNode input = invocation.input();
        String method = text(invocation, input, "Method").toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw invalid(invocation, "Method must be one of GET, POST, PUT, DELETE, PATCH, OPTIONS or HEAD, was \""
                    + method + "\"");
        }
        URI target = target(invocation, text(invocation, input, "ApiEndpoint"), baseUrl, input.get("QueryParameters"));
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(timeout);
        boolean hasContentType = headers(invocation, input.get("Headers"), request);
        Body body = body(invocation, input);
        if (body.contentType() != null && !hasContentType) {
            request.header("Content-Type", body.contentType());
        }
        if (body.text() == null && method.equals("GET")) {
            return request.GET().build();
        }
        return request.method(method, body.text() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body.text())).build();
    }

    private static URI target(TaskInvocation invocation, String endpoint, URI baseUrl, JsonNode query) {
        URI api;
        try {
            api = new URI(endpoint);
        } catch (URISyntaxException e) {
            throw invalid(invocation, "ApiEndpoint is not a URL: \"" + endpoint + "\"");
        }
        String basePath = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath().replaceAll("/+$", "");
        String path = api.getRawPath() == null ? "" : api.getRawPath();
        List<String> pairs = new ArrayList<>();
        if (api.getRawQuery() != null) {
            pairs.add(api.getRawQuery());
        }
        if (query != null && !query.isNull()) {
            if (!query.isObject()) {
                throw invalid(invocation, "QueryParameters must be an object, was " + Json.typeName(query));
            }
            query.properties().forEach(e -> {
                JsonNode values = e.getValue().isArray() ? e.getValue() : Json.nodes().arrayNode().add(e.getValue());
                values.forEach(v -> pairs.add(FormEncoding.escape(e.getKey()) + "="
                        + FormEncoding.escape(FormEncoding.scalar(v))));
            });
        }
        String text = baseUrl.getScheme() + "://" + baseUrl.getRawAuthority() + basePath + path
                + (pairs.isEmpty() ? "" : "?" + String.join("&", pairs));
        return URI.create(text);
    }

    /** Adds the headers; whether one of them is Content-Type. */
    private static boolean headers(TaskInvocation invocation, JsonNode headers, HttpRequest.Builder request) {
        if (headers == null || headers.isNull()) {
            return false;
        }
        if (!headers.isObject()) {
            throw invalid(invocation, "Headers must be an object, was " + Json.typeName(headers));
        }
        boolean[] contentType = {false};
        headers.properties().forEach(e -> {
            String name = e.getKey();
            if (FORBIDDEN.contains(name.toLowerCase(Locale.ROOT))) {
                throw invalid(invocation, "the header \"" + name + "\" cannot be set in an HTTP task");
            }
            contentType[0] |= name.equalsIgnoreCase("Content-Type");
            JsonNode values = e.getValue().isArray() ? e.getValue() : Json.nodes().arrayNode().add(e.getValue());
            values.forEach(v -> request.header(name, FormEncoding.scalar(v)));
        });
        return contentType[0];
    }

    private static Body body(TaskInvocation invocation, JsonNode input) {
        JsonNode body = input.get("RequestBody");
        if (body == null) {
            return new Body(null, null);
        }
        JsonNode transform = input.path("Transform");
        String encoding = transform.path("RequestBodyEncoding").asText("NONE");
        if ("URL_ENCODED".equals(encoding)) {
            if (!body.isObject()) {
                throw invalid(invocation, "a URL_ENCODED RequestBody must be an object, was " + Json.typeName(body));
            }
            JsonNode format = transform.path("RequestEncodingOptions").get("ArrayFormat");
            FormEncoding.ArrayFormat arrays;
            try {
                arrays = FormEncoding.arrayFormat(format == null ? null : format.asText());
            } catch (IllegalArgumentException e) {
                throw invalid(invocation, e.getMessage());
            }
            return new Body(FormEncoding.encode(body, arrays), "application/x-www-form-urlencoded");
        }
        if (!"NONE".equals(encoding)) {
            throw invalid(invocation, "RequestBodyEncoding must be NONE or URL_ENCODED, was \"" + encoding + "\"");
        }
        return body.isTextual() ? new Body(body.textValue(), null) : new Body(Json.write(body), "application/json");
    }

    private static String text(TaskInvocation invocation, JsonNode input, String field) {
        JsonNode value = input.get(field);
        if (value == null || !value.isTextual()) {
            throw invalid(invocation, "it needs \"" + field + "\" (a string) in its Parameters or Arguments"
                    + (value == null ? "" : ", was " + Json.typeName(value)));
        }
        return value.textValue();
    }

    private static IllegalArgumentException invalid(TaskInvocation invocation, String problem) {
        return new IllegalArgumentException("The HTTP task '" + invocation.stateName() + "' cannot be sent: "
                + problem + ".\n  input: " + Json.write(invocation.input()));
    }

    private record Body(String text, String contentType) {
    }
}
