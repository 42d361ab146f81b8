package dev.sfntest.mock.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.InvalidJsonException;
import dev.sfntest.data.Json;
import dev.sfntest.engine.TaskOutcome;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sends a request and turns what came back into an HTTP task's outcome, in AWS's shape:
 * {@code {"Headers": {"name": ["value"]}, "ResponseBody": ..., "StatusCode": 200, "StatusText": "OK"}}.
 * A JSON response body (a {@code application/json} or {@code +json} content type) is parsed, any
 * other is a string. A status outside 2xx is the error {@code States.Http.StatusCode.NNN} with that
 * shape, as JSON text, for cause; a connection that fails or times out is {@code States.Http.Socket}.
 */
public final class HttpResults {
    /** The error of a request that got no response. */
    public static final String SOCKET = "States.Http.Socket";

    private HttpResults() {
    }

    /** Sends {@code request} on {@code client}, blocking, and maps the answer. */
    public static TaskOutcome send(HttpClient client, HttpRequest request, Duration timeout) {
        HttpResponse<String> response;
        try {
            response = exchange(client, request);
        } catch (IOException e) {
            return noResponse(SOCKET, request, e, timeout);
        }
        ObjectNode shape = shape(response);
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return TaskOutcome.success(shape);
        }
        return TaskOutcome.failure("States.Http.StatusCode." + status, Json.write(shape));
    }

    /** Sends {@code request}, blocking the calling thread. */
    static HttpResponse<String> exchange(HttpClient client, HttpRequest request) throws IOException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(describe(request) + " was interrupted", e);
        }
    }

    /** The failure {@code error} of a request that got no response, saying why. */
    static TaskOutcome.Failure noResponse(String error, HttpRequest request, IOException e, Duration timeout) {
        String why;
        if (e instanceof HttpTimeoutException) {
            why = " timed out after " + timeout.toMillis() + " ms";
        } else if (e instanceof ConnectException) {
            why = " could not connect (connection refused)";
        } else {
            why = " failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
        }
        return new TaskOutcome.Failure(error, describe(request) + why, Duration.ZERO);
    }

    /** The response in AWS's shape. */
    static ObjectNode shape(HttpResponse<String> response) {
        ObjectNode shape = Json.emptyObject();
        ObjectNode headers = shape.putObject("Headers");
        for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
            if (!header.getKey().startsWith(":")) {
                ArrayNode values = headers.putArray(header.getKey());
                header.getValue().forEach(values::add);
            }
        }
        shape.set("ResponseBody", body(response));
        shape.put("StatusCode", response.statusCode());
        shape.put("StatusText", ReasonPhrases.of(response.statusCode()));
        return shape;
    }

    /** Whether a response's content type is JSON. */
    static boolean isJson(HttpResponse<?> response) {
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        int parameters = type.indexOf(';');
        String media = (parameters < 0 ? type : type.substring(0, parameters)).trim();
        return media.equals("application/json") || media.endsWith("+json");
    }

    private static JsonNode body(HttpResponse<String> response) {
        String text = response.body() == null ? "" : response.body();
        if (isJson(response) && !text.isBlank()) {
            try {
                return Json.parseData(text);
            } catch (InvalidJsonException e) {
                return Json.nodes().textNode(text);
            }
        }
        return Json.nodes().textNode(text);
    }

    /** {@code GET http://127.0.0.1:8080/path}, for causes and messages. */
    static String describe(HttpRequest request) {
        URI uri = request.uri();
        return "The HTTP request " + request.method() + " " + uri;
    }
}
