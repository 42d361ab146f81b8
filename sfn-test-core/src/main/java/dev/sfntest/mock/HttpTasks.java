package dev.sfntest.mock;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.net.URI;
import org.apiguardian.api.API;

/**
 * Makes {@link HttpRoute}s: task handlers that answer Task states with real HTTP calls, made with
 * the JDK client to a server the test starts (WireMock, a stub, the real service on localhost).
 *
 * <pre>{@code
 * WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
 * server.start();
 * server.stubFor(get("/v1/customers/42").willReturn(okJson("{\"name\": \"Ada\"}")));
 * StateMachine machine = Definitions.build(Json.parse("""
 *         {"StartAt": "Get customer", "States": {"Get customer": {
 *           "Type": "Task", "Resource": "arn:aws:states:::http:invoke",
 *           "Parameters": {"ApiEndpoint": "https://api.example.com/v1/customers/42", "Method": "GET",
 *                          "Authentication": {"ConnectionArn": "arn:aws:events:us-east-1:123456789012:connection/c/1"}},
 *           "OutputPath": "$.ResponseBody", "End": true}}}"""));
 * TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Notify").returns(ServiceResponses.snsPublish("hi")))
 *         .orElse(HttpTasks.routeTo(URI.create(server.baseUrl())));
 * ExecutionResult result = Engine.builder().taskHandler(mocks).build().execute(machine, Json.emptyObject());
 * // result.output() is {"name": "Ada"}; GET http://127.0.0.1:<port>/v1/customers/42 was really sent
 * server.stop();
 * }</pre>
 *
 * <p>{@link #routeTo} answers {@code arn:aws:states:::http:invoke} tasks as AWS does (see
 * {@link HttpRoute} for the request and the result); {@link #routeResource} answers any other
 * resource by POSTing the task input as JSON. Compose them with {@link HttpRoute#orElse} and put
 * them behind {@link TaskMocks#orElse} so that state-name mocks win.
 */
@API(status = EXPERIMENTAL)
public final class HttpTasks {
    private HttpTasks() {
    }

    /**
     * A handler sending each {@code http:invoke} task to {@code baseUrl}: the task's
     * {@code ApiEndpoint} keeps its path and query, and takes the scheme, host and port (and any
     * path prefix) of {@code baseUrl}. {@code https://api.stripe.com/v1/customers} routed to
     * {@code http://127.0.0.1:8080} is sent to {@code http://127.0.0.1:8080/v1/customers}.
     */
    public static HttpRoute routeTo(URI baseUrl) {
        return HttpRoute.empty().routeTo(baseUrl);
    }

    /**
     * A handler answering every Task state whose {@code Resource} is {@code resource} (a Lambda
     * function, an {@code aws-sdk:*} action, an activity...) by POSTing the task input as JSON to
     * {@code endpoint}: a 2xx response's JSON is the task result. Any other status fails the
     * task with the response's own {@code Error} and {@code Cause} when its body is a JSON object
     * naming an {@code Error} ({@code {"Error": "CardDeclined", "Cause": "insufficient funds"}}),
     * else with {@code States.TaskFailed}; so does a request that gets no response.
     */
    public static HttpRoute routeResource(String resource, URI endpoint) {
        return HttpRoute.empty().routeResource(resource, endpoint);
    }
}
