package dev.sfntest.mock;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;

/** A WireMock server on 127.0.0.1 for HTTP task tests, and small definitions calling it. */
final class HttpFixture {
    static final String HTTP_INVOKE = "arn:aws:states:::http:invoke";
    static final String CONNECTION = "arn:aws:events:us-east-1:123456789012:connection/api/1";

    private HttpFixture() {
    }

    /** A started server on a free port of 127.0.0.1; the test stops it. */
    static WireMockServer startServer() {
        WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        return server;
    }

    static URI baseUrl(WireMockServer server) {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /** A port of 127.0.0.1 that nothing listens on (bound, then closed). */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one request the server received. */
    static LoggedRequest onlyRequest(WireMockServer server) {
        List<LoggedRequest> requests = server.findAll(anyRequestedFor(anyUrl()));
        if (requests.size() != 1) {
            throw new AssertionError("expected one request, got " + requests.size() + ": " + requests);
        }
        return requests.get(0);
    }

    /** An http:invoke Task {@code Call} with these Parameters fields (single quotes), and extra state fields. */
    static String invoke(String parameters, String extra) {
        return "{'StartAt': 'Call', 'States': {'Call': {'Type': 'Task', 'Resource': '" + HTTP_INVOKE + "',"
                + " 'Parameters': {'Authentication': {'ConnectionArn': '" + CONNECTION + "'}, " + parameters + "}"
                + extra + ", 'End': true}}}";
    }
}
