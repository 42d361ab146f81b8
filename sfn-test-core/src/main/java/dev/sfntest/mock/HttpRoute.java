package dev.sfntest.mock;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.sfntest.engine.TaskHandler;
import dev.sfntest.engine.TaskInvocation;
import dev.sfntest.engine.TaskOutcome;
import dev.sfntest.mock.internal.HttpInvokeRequests;
import dev.sfntest.mock.internal.HttpResults;
import dev.sfntest.mock.internal.ResourceCalls;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A task handler that makes real HTTP calls; made by {@link HttpTasks}, immutable.
 *
 * <pre>{@code
 * HttpRoute route = HttpTasks.routeTo(URI.create(server.baseUrl()))
 *         .routeResource("arn:aws:lambda:us-east-1:123456789012:function:score", URI.create(server.baseUrl() + "/score"))
 *         .timeout(Duration.ofSeconds(5))
 *         .taking(Duration.ofMillis(250));
 * Engine engine = Engine.builder().taskHandler(TaskMocks.of(mocks).orElse(route)).build();
 * }</pre>
 *
 * <p><b>{@code arn:aws:states:::http:invoke}.</b> From the task input (after Parameters or
 * Arguments) it sends {@code Method} to {@code ApiEndpoint} (re-based, see
 * {@link HttpTasks#routeTo}) with {@code Headers}, {@code QueryParameters} (an array value repeats
 * its key) and {@code RequestBody}: a string as is, any other JSON value as JSON with
 * {@code Content-Type: application/json}, unless {@code Transform.RequestBodyEncoding} is
 * {@code URL_ENCODED}, which sends the object as a form ({@code Content-Type:
 * application/x-www-form-urlencoded}) with arrays in {@code RequestEncodingOptions.ArrayFormat}
 * (INDICES, REPEAT, COMMAS or BRACKETS). {@code Authentication} / {@code InvocationConfig}
 * ({@code ConnectionArn}) are not used. The result is AWS's:
 * <pre>{@code
 * {"Headers": {"Content-Type": ["application/json"]}, "ResponseBody": {"name": "Ada"},
 *  "StatusCode": 200, "StatusText": "OK"}
 * }</pre>
 * {@code ResponseBody} is parsed when the response is JSON, else a string. A status outside 2xx
 * raises {@code States.Http.StatusCode.404} (and so on) with that shape, as JSON text, for cause; no
 * response at all (refused, reset, timed out) raises {@code States.Http.Socket}. Parameters that
 * cannot make a request (no {@code ApiEndpoint}, an unknown {@code Method}) stop the run with an
 * {@link IllegalArgumentException} naming the state and the field.
 *
 * <p>Calls block the engine's single thread; each takes no virtual time unless {@link #taking}
 * says otherwise. Tasks a route does not answer go to its {@link #orElse} handler, else they are
 * unanswered (reported as unmocked).
 */
@API(status = EXPERIMENTAL)
public final class HttpRoute implements TaskHandler {
    /** AWS stops an HTTP task's request after 60 seconds. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    private static final String HTTP_INVOKE = ":states:::http:invoke";

    private final URI invokeBase;
    private final Map<String, URI> resources;
    private final Duration timeout;
    private final Duration virtualDuration;
    private final TaskHandler fallback;
    private final HttpClient client;

    private HttpRoute(URI invokeBase, Map<String, URI> resources, Duration timeout, Duration virtualDuration,
            TaskHandler fallback, HttpClient client) {
        this.invokeBase = invokeBase;
        this.resources = Collections.unmodifiableMap(new LinkedHashMap<>(resources));
        this.timeout = timeout;
        this.virtualDuration = virtualDuration;
        this.fallback = fallback;
        this.client = client;
    }

    static HttpRoute empty() {
        return new HttpRoute(null, Map.of(), DEFAULT_TIMEOUT, Duration.ZERO, null, client(DEFAULT_TIMEOUT));
    }

    /** The same route, sending {@code http:invoke} tasks to {@code baseUrl} (see {@link HttpTasks#routeTo}). */
    public HttpRoute routeTo(URI baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (baseUrl.getScheme() == null || baseUrl.getRawAuthority() == null) {
            throw new IllegalArgumentException("The base URL must be absolute, like http://127.0.0.1:8080, was "
                    + baseUrl);
        }
        return new HttpRoute(baseUrl, resources, timeout, virtualDuration, fallback, client);
    }

    /** The same route, also POSTing tasks of {@code resource} to {@code endpoint} (see {@link HttpTasks#routeResource}). */
    public HttpRoute routeResource(String resource, URI endpoint) {
        Map<String, URI> more = new LinkedHashMap<>(resources);
        more.put(Objects.requireNonNull(resource, "resource"), Objects.requireNonNull(endpoint, "endpoint"));
        return new HttpRoute(invokeBase, more, timeout, virtualDuration, fallback, client);
    }

    /** The same route, giving up on a request after {@code limit} of real time (default 60 s, as AWS does). */
    public HttpRoute timeout(Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("The timeout must be positive, was " + limit);
        }
        return new HttpRoute(invokeBase, resources, limit, virtualDuration, fallback, client(limit));
    }

    /** The same route, each call taking {@code duration} of virtual time (default none). */
    public HttpRoute taking(Duration duration) {
        return new HttpRoute(invokeBase, resources, timeout, Objects.requireNonNull(duration, "duration"), fallback,
                client);
    }

    /** The same route, asking {@code handler} for the tasks it does not answer. */
    public HttpRoute orElse(TaskHandler handler) {
        return new HttpRoute(invokeBase, resources, timeout, virtualDuration, Objects.requireNonNull(handler,
                "handler"), client);
    }

    /**
     * Sends the task's request and maps the response, or asks the {@link #orElse} handler.
     *
     * @throws IllegalArgumentException when an {@code http:invoke} task's parameters cannot make a request
     */
    @Override
    public TaskOutcome handle(TaskInvocation invocation) {
        URI endpoint = resources.get(invocation.resource());
        if (endpoint != null) {
            return ResourceCalls.post(client, endpoint, invocation, timeout).after(virtualDuration);
        }
        if (invokeBase != null && invocation.resource().endsWith(HTTP_INVOKE)) {
            return HttpResults.send(client, HttpInvokeRequests.build(invocation, invokeBase, timeout), timeout)
                    .after(virtualDuration);
        }
        return fallback == null ? null : fallback.handle(invocation);
    }

    @Override
    public String toString() {
        return "HttpRoute[http:invoke -> " + invokeBase + ", resources " + resources + "]";
    }

    private static HttpClient client(Duration timeout) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }
}
