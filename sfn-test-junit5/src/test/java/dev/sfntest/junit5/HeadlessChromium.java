package dev.sfntest.junit5;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A headless Chromium driven through the DevTools protocol over the JDK's WebSocket client: no
 * driver download, no dependency. It records what a page logs as an error, every exception its
 * scripts throw and every URL it requests.
 */
final class HeadlessChromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();

    private HeadlessChromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** The browser named by the environment variable {@code SFNTEST_CHROMIUM}, else Debian's Chromium, if present. */
    static Optional<Path> binary() {
        String configured = System.getenv("SFNTEST_CHROMIUM");
        return (configured == null || configured.isBlank() ? CANDIDATES : List.of(configured)).stream()
                .map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /** Starts the browser with an empty profile in {@code profile} and attaches to its page. */
    static HeadlessChromium start(Path binary, Path profile) throws Exception {
        Process process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String browserSocket = listening(process);
            URI base = URI.create(browserSocket.replaceFirst("^ws://([^/]+)/.*$", "http://$1/"));
            HttpClient http = HttpClient.newHttpClient();
            JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(base.resolve("/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            String page = null;
            for (JsonNode target : targets) {
                if ("page".equals(target.path("type").asText())) {
                    page = target.get("webSocketDebuggerUrl").asText();
                }
            }
            if (page == null) {
                throw new IllegalStateException("Chromium opened no page: " + targets);
            }
            AtomicReference<HeadlessChromium> self = new AtomicReference<>();
            WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(page), new Listener(self))
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            self.set(new HeadlessChromium(process, profile, socket));
            for (String domain : List.of("Runtime", "Log", "Network", "Page")) {
                self.get().send(domain + ".enable", JSON.createObjectNode());
            }
            return self.get();
        } catch (Exception | Error e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** The browser's WebSocket address, from its {@code DevTools listening on ...} line on stderr. */
    private static String listening(Process process) throws Exception {
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> address = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            StringBuilder seen = new StringBuilder();
            try {
                for (String line; (line = err.readLine()) != null; ) {
                    if (line.startsWith("DevTools listening on ")) {
                        address.complete(line.substring("DevTools listening on ".length()).trim());
                    } else if (!address.isDone() && seen.length() < 4000) {
                        seen.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                // the browser ended; reported below
            }
            address.completeExceptionally(new IllegalStateException("Chromium ended without a DevTools address:\n"
                    + seen));
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        return address.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Sends a DevTools command and waits for its result. */
    JsonNode send(String method, ObjectNode params) throws Exception {
        long id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        JsonNode answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IllegalStateException(method + " failed: " + answer.get("error"));
        }
        return answer.get("result");
    }

    /** Opens {@code file} and waits for its load event. */
    void open(Path file) throws Exception {
        int loadsBefore = count("Page.loadEventFired");
        send("Page.navigate", JSON.createObjectNode().put("url", file.toUri().toString()));
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (count("Page.loadEventFired") == loadsBefore) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The page " + file + " did not load in " + TIMEOUT);
            }
            Thread.sleep(10);
        }
    }

    /** The value of a JavaScript expression in the page; a thrown exception fails. */
    JsonNode evaluate(String expression) throws Exception {
        JsonNode result = send("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
                .put("returnByValue", true).put("awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("The page threw on " + expression + ": " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** A real mouse click at the centre of the first element {@code selector} matches. */
    void click(String selector) throws Exception {
        JsonNode box = evaluate("(() => { const e = document.querySelector(" + JSON.writeValueAsString(selector)
                + "); e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                + " return {x: r.x + r.width / 2, y: r.y + r.height / 2}; })()");
        for (String type : List.of("mousePressed", "mouseReleased")) {
            send("Input.dispatchMouseEvent", JSON.createObjectNode().put("type", type)
                    .put("x", box.get("x").asDouble()).put("y", box.get("y").asDouble())
                    .put("button", "left").put("clickCount", 1));
        }
    }

    /** Exceptions thrown by the page's scripts, and console or log entries at level error. */
    List<String> errors() {
        return events.stream().map(e -> {
            JsonNode p = e.path("params");
            return switch (e.path("method").asText()) {
                case "Runtime.exceptionThrown" -> "exception: " + p.path("exceptionDetails").path("exception")
                        .path("description").asText(p.path("exceptionDetails").path("text").asText());
                case "Runtime.consoleAPICalled" -> "error".equals(p.path("type").asText())
                        || "assert".equals(p.path("type").asText()) ? "console." + p.path("type").asText() + ": "
                        + p.path("args") : null;
                case "Log.entryAdded" -> "error".equals(p.path("entry").path("level").asText())
                        ? "log: " + p.path("entry").path("text").asText() + " " + p.path("entry").path("url").asText()
                        : null;
                default -> null;
            };
        }).filter(java.util.Objects::nonNull).toList();
    }

    /** Every URL the page requested. */
    List<String> requests() {
        return events.stream().filter(e -> "Network.requestWillBeSent".equals(e.path("method").asText()))
                .map(e -> e.path("params").path("request").path("url").asText()).toList();
    }

    private int count(String method) {
        return (int) events.stream().filter(e -> method.equals(e.path("method").asText())).count();
    }

    @Override
    public void close() throws InterruptedException, IOException {
        try {
            // a browser that closes itself removes its temporary files
            send("Browser.close", JSON.createObjectNode());
        } catch (Exception e) {
            // ended already; destroyed below
        }
        socket.abort();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroy();
        }
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        // the profile's lock links point outside it; JUnit's @TempDir would warn about them
        for (String link : List.of("SingletonLock", "SingletonSocket", "SingletonCookie")) {
            Files.deleteIfExists(profile.resolve(link));
        }
    }

    /** Collects the frames of each message, then answers a command or records an event. */
    private static final class Listener implements WebSocket.Listener {
        private final AtomicReference<HeadlessChromium> owner;
        private final StringBuilder text = new StringBuilder();

        Listener(AtomicReference<HeadlessChromium> owner) {
            this.owner = owner;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(text.toString());
                    HeadlessChromium chromium = owner.get();
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> reply = chromium.pending.remove(message.get("id").asLong());
                        if (reply != null) {
                            reply.complete(message);
                        }
                    } else if (chromium != null) {
                        chromium.events.add(message);
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("Chromium sent no JSON: " + text, e);
                } finally {
                    text.setLength(0);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
