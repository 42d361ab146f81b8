package dev.sfntest.mock.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.InvalidJsonException;
import dev.sfntest.data.Json;
import dev.sfntest.engine.TaskInvocation;
import dev.sfntest.engine.TaskOutcome;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Any Task resource answered by an HTTP endpoint: the task input is POSTed as JSON, a 2xx JSON
 * response is the task result. Any other status fails the task: with the response's own
 * {@code Error} and {@code Cause} when its body is a JSON object naming an {@code Error}, else with
 * {@code States.TaskFailed}. A request that gets no response fails with {@code States.TaskFailed}.
 */
public final class ResourceCalls {
    private ResourceCalls() {
    }

    /** Posts the input of {@code invocation} to {@code endpoint}, blocking. */
    public static TaskOutcome post(HttpClient client, URI endpoint, TaskInvocation invocation, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(invocation.input()))).build();
        HttpResponse<String> response;
        try {
            response = HttpResults.exchange(client, request);
        } catch (IOException e) {
            return HttpResults.noResponse("States.TaskFailed", request, e, timeout);
        }
        JsonNode body = parse(response.body());
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return TaskOutcome.success(body == null ? Json.nodes().textNode(response.body()) : body);
        }
        if (body != null && body.path("Error").isTextual()) {
            JsonNode cause = body.get("Cause");
            return TaskOutcome.failure(body.get("Error").textValue(),
                    cause == null || cause.isNull() ? null : cause.isTextual() ? cause.textValue() : Json.write(cause));
        }
        return TaskOutcome.failure("States.TaskFailed", HttpResults.describe(request) + " answered "
                + status + ": " + response.body());
    }

    private static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return text == null ? null : Json.emptyObject();
        }
        try {
            return Json.parseData(text);
        } catch (InvalidJsonException e) {
            return null;
        }
    }
}
