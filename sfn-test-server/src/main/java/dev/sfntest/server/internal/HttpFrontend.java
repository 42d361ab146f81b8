package dev.sfntest.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sfntest.data.InvalidJsonException;
import dev.sfntest.data.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The HTTP side, on the JDK's {@code HttpServer}: {@code POST /} with
 * {@code X-Amz-Target: AWSStepFunctions.<Action>} (AWS JSON 1.0), and the control endpoints under
 * {@code /_sfntest/}. Every failure is answered in AWS's error shape; nothing a client sends makes
 * it throw or hang.
 */
public final class HttpFrontend implements AutoCloseable {
    static final String TARGET_PREFIX = "AWSStepFunctions.";
    static final String CONTENT_TYPE = "application/x-amz-json-1.0";
    static final int MAX_BODY = 4 * 1024 * 1024;

    private final Backend backend;
    private final Dispatcher dispatcher = new Dispatcher();
    private final CallbackActions callbacks;
    private final HttpServer server;
    private final ExecutorService threads;
    private final AtomicLong requests = new AtomicLong();

    /**
     * Binds the port; {@link #start()} serves.
     *
     * @throws IOException when the port cannot be bound
     */
    public HttpFrontend(ServerOptions options) throws IOException {
        this.backend = new Backend(options);
        new StateMachineActions(backend).register(dispatcher);
        new ExecutionActions(backend).register(dispatcher);
        new RedriveAction(backend).register(dispatcher);
        this.callbacks = new CallbackActions(backend);
        callbacks.register(dispatcher);
        backend.mapRuns.register(dispatcher);
        new AliasActions(backend).register(dispatcher);
        new MiscActions(backend).register(dispatcher);
        TestStateAction.register(dispatcher, backend);
        dispatcher.add("GetActivityTask", request -> {
            throw new IllegalStateException("GetActivityTask is answered asynchronously");
        });
        this.server = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 128);
        this.threads = Executors.newFixedThreadPool(32, Backend.daemons("sfn-test-http"));
        server.setExecutor(threads);
        server.createContext("/", this::handle);
    }

    /** What the test cases' mocks did, for people (see {@link MockReports#lines}). */
    public List<String> mockReport() {
        return MockReports.lines(backend.executions);
    }

    /** Starts serving. */
    public void start() {
        server.start();
    }

    /** The bound port. */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        backend.close();
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) {
        try {
            route(exchange);
        } catch (ApiException e) {
            error(exchange, e);
        } catch (RuntimeException | IOException | StackOverflowError e) {
            ObjectNode body = Json.emptyObject();
            body.put("__type", "com.amazon.coral.service#InternalFailure");
            body.put("message", "sfn-test server internal error: " + e.getMessage() + " (please report it with the request)");
            send(exchange, 500, body);
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.startsWith(ControlEndpoints.PREFIX)) {
            send(exchange, 200, ControlEndpoints.handle(backend, method, path, readJson(exchange)));
            return;
        }
        if (!method.equals("POST")) {
            exchange.getRequestBody().close();
            ObjectNode body = Json.emptyObject();
            body.put("service", "sfn-test: the AWS Step Functions API (POST / with X-Amz-Target)");
            send(exchange, method.equals("GET") || method.equals("HEAD") ? 200 : 405, body);
            return;
        }
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        JsonNode json = readJson(exchange);
        if (target == null || !target.startsWith(TARGET_PREFIX)) {
            throw ApiException.unknownOperation(target == null ? "The request has no X-Amz-Target header"
                    : "The X-Amz-Target '" + target + "' is not " + TARGET_PREFIX + "<Action>");
        }
        if (!json.isObject()) {
            throw ApiException.serialization("The request body must be a JSON object, found " + Json.typeName(json));
        }
        String action = target.substring(TARGET_PREFIX.length());
        JsonRequest request = new JsonRequest((ObjectNode) json);
        if (action.equals("GetActivityTask")) {
            callbacks.getActivityTask(request, response -> send(exchange, 200, response));
            return;
        }
        send(exchange, 200, dispatcher.dispatch(action, request));
    }

    private static JsonNode readJson(HttpExchange exchange) throws IOException {
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readNBytes(MAX_BODY + 1);
        }
        if (bytes.length > MAX_BODY) {
            throw ApiException.serialization("The request body exceeds " + MAX_BODY + " bytes");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return Json.emptyObject();
        }
        try {
            return Json.parseData(text);
        } catch (InvalidJsonException e) {
            throw ApiException.serialization("The request body is not JSON: " + e.problem());
        }
    }

    private void error(HttpExchange exchange, ApiException e) {
        ObjectNode body = Json.emptyObject();
        body.put("__type", e.type());
        body.put("message", e.getMessage());
        if (e.reason() != null) {
            body.put("reason", e.reason());
        }
        exchange.getResponseHeaders().set("x-amzn-ErrorType", e.code());
        send(exchange, 400, body);
    }

    private void send(HttpExchange exchange, int status, ObjectNode body) {
        byte[] bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
        exchange.getResponseHeaders().set("x-amzn-RequestId", "sfn-test-" + requests.incrementAndGet());
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(status, exchange.getRequestMethod().equals("HEAD") ? -1 : bytes.length);
            if (!exchange.getRequestMethod().equals("HEAD")) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // the client went away: nothing to answer
        } finally {
            exchange.close();
        }
    }
}
