package dev.sfntest.mock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.sfntest.mock.HttpFixture.baseUrl;
import static dev.sfntest.mock.HttpFixture.invoke;
import static dev.sfntest.mock.MockFixture.json;
import static dev.sfntest.mock.MockFixture.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.Json;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.ExecutionStatus;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What AWS raises for HTTP tasks: States.Http.StatusCode.NNN, States.Http.Socket; and bad parameters. */
class HttpTaskErrorsTest {
    private static final UUID STUB = UUID.fromString("00000000-0000-0000-0000-000000000404");
    private WireMockServer server;

    @BeforeEach
    void startServer() {
        server = HttpFixture.startServer();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Nested
    class StatusCodes {
        @Test
        void aNotFoundIsCaughtWithTheResponseShapeAsCause() {
            // given
            server.stubFor(get("/v1/customers/9").withId(STUB)
                    .willReturn(notFound().withHeader("Content-Type", "application/json")
                            .withBody("{\"message\": \"no such customer\"}")));
            String definition = "{'StartAt': 'Call', 'States': {'Call': {'Type': 'Task', 'Resource': '"
                    + HttpFixture.HTTP_INVOKE + "', 'Parameters': {'ApiEndpoint': 'https://api.example.com/v1/customers/9',"
                    + " 'Method': 'GET'}, 'Catch': [{'ErrorEquals': ['States.Http.StatusCode.404'],"
                    + " 'ResultPath': '$.error', 'Next': 'Missing'}], 'End': true},"
                    + " 'Missing': {'Type': 'Pass', 'End': true}}}";
            // when
            ExecutionResult result = run(definition, "{}", HttpTasks.routeTo(baseUrl(server)));
            // then
            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            ObjectNode caught = Json.emptyObject();
            caught.putObject("error").put("Error", "States.Http.StatusCode.404").put("Cause", "{\"Headers\":"
                    + "{\"content-type\":[\"application/json\"],\"matched-stub-id\":[\"" + STUB + "\"],"
                    + "\"transfer-encoding\":[\"chunked\"]},\"ResponseBody\":{\"message\":\"no such customer\"},"
                    + "\"StatusCode\":404,\"StatusText\":\"Not Found\"}");
            assertThat(result.output()).isEqualTo(caught);
        }

        @Test
        void aServerErrorIsRetriedUntilTheServerRecovers() {
            // given: 500 once, then 200
            server.stubFor(post("/v1/pay").inScenario("flaky").whenScenarioStateIs(STARTED)
                    .willReturn(serverError()).willSetStateTo("recovered"));
            server.stubFor(post("/v1/pay").inScenario("flaky").whenScenarioStateIs("recovered")
                    .willReturn(okJson("{\"paid\": true}")));
            // when
            ExecutionResult result = run(invoke("'ApiEndpoint': 'https://api.example.com/v1/pay', 'Method': 'POST'",
                    ", 'Retry': [{'ErrorEquals': ['States.Http.StatusCode.500'], 'IntervalSeconds': 2}],"
                    + " 'OutputPath': '$.ResponseBody'"), "{}", HttpTasks.routeTo(baseUrl(server)));
            // then
            assertThat(result.output()).isEqualTo(json("{'paid': true}"));
            assertThat(result.duration()).isEqualTo(Duration.ofSeconds(2));
            assertThat(server.findAll(anyRequestedFor(urlEqualTo("/v1/pay")))).hasSize(2);
        }

        @Test
        void anUncaughtErrorStatusFailsTheExecutionWithItsCode() {
            // given
            server.stubFor(get("/busy").withId(STUB).willReturn(aResponse().withStatus(503).withBody("try later")));
            // when
            ExecutionResult result = run(invoke("'ApiEndpoint': 'https://api.example.com/busy', 'Method': 'GET'", ""),
                    "{}", HttpTasks.routeTo(baseUrl(server)));
            // then
            assertThat(result.error()).isEqualTo("States.Http.StatusCode.503");
            assertThat(result.cause()).isEqualTo("{\"Headers\":{\"matched-stub-id\":[\"" + STUB + "\"],"
                    + "\"transfer-encoding\":[\"chunked\"]},\"ResponseBody\":\"try later\",\"StatusCode\":503,"
                    + "\"StatusText\":\"Service Unavailable\"}");
        }
    }

    @Nested
    class Sockets {
        @Test
        void aRefusedConnectionIsStatesHttpSocket() {
            // given: a port of 127.0.0.1 that nothing listens on
            int port = HttpFixture.closedPort();
            // when
            ExecutionResult result = run(invoke("'ApiEndpoint': 'https://api.example.com/v1/x', 'Method': 'GET'", ""),
                    "{}", HttpTasks.routeTo(URI.create("http://127.0.0.1:" + port)));
            // then
            assertThat(result.error()).isEqualTo("States.Http.Socket");
            assertThat(result.cause()).isEqualTo("The HTTP request GET http://127.0.0.1:" + port
                    + "/v1/x could not connect (connection refused)");
        }

        @Test
        void aResponseSlowerThanTheTimeoutIsStatesHttpSocketAndCanBeCaught() {
            // given
            server.stubFor(get("/slow").willReturn(okJson("{}").withFixedDelay(3_000)));
            // when
            ExecutionResult result = run(invoke("'ApiEndpoint': 'https://api.example.com/slow', 'Method': 'GET'",
                    ", 'Catch': [{'ErrorEquals': ['States.Http.Socket'], 'Next': 'Down'}]").replace(", 'End': true}}}",
                    ", 'End': true}, 'Down': {'Type': 'Pass', 'End': true}}}"), "{}",
                    HttpTasks.routeTo(baseUrl(server)).timeout(Duration.ofMillis(300)));
            // then
            assertThat(result.output()).isEqualTo(json("{'Error': 'States.Http.Socket', 'Cause': 'The HTTP request"
                    + " GET http://127.0.0.1:" + server.port() + "/slow timed out after 300 ms'}"));
        }
    }

    @Nested
    class UnusableParameters {
        @Test
        void aTaskWithoutMethodStopsTheRunNamingTheStateAndTheField() {
            // given
            String definition = invoke("'ApiEndpoint': 'https://api.example.com/v1/x'", "");
            // when / then
            assertThatThrownBy(() -> run(definition, "{}", HttpTasks.routeTo(baseUrl(server))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The HTTP task 'Call' cannot be sent: it needs \"Method\" (a string) in its Parameters"
                            + " or Arguments.\n  input: {\"Authentication\":{\"ConnectionArn\":\""
                            + HttpFixture.CONNECTION + "\"},\"ApiEndpoint\":\"https://api.example.com/v1/x\"}");
            assertThat(server.getAllServeEvents()).isEmpty();
        }

        @Test
        void anUnknownArrayFormatStopsTheRun() {
            // given
            String definition = invoke("'ApiEndpoint': 'https://api.example.com/f', 'Method': 'POST',"
                    + " 'RequestBody': {'a': [1]}, 'Transform': {'RequestBodyEncoding': 'URL_ENCODED',"
                    + " 'RequestEncodingOptions': {'ArrayFormat': 'PIPES'}}", "");
            // when / then
            assertThatThrownBy(() -> run(definition, "{}", HttpTasks.routeTo(baseUrl(server))))
                    .hasMessageStartingWith("The HTTP task 'Call' cannot be sent: ArrayFormat must be one of INDICES,"
                            + " REPEAT, COMMAS or BRACKETS, was \"PIPES\".\n  input: ");
        }
    }

    @Nested
    class RoutedResources {
        @Test
        void anErrorObjectFromTheEndpointIsTheTaskError() {
            // given
            String lambda = "arn:aws:lambda:us-east-1:123456789012:function:charge";
            server.stubFor(post("/charge").willReturn(aResponse().withStatus(500)
                    .withBody("{\"Error\": \"CardDeclined\", \"Cause\": \"insufficient funds\"}")));
            // when
            ExecutionResult result = run(MockFixture.task("Charge", lambda, ""), "{}",
                    HttpTasks.routeResource(lambda, URI.create(baseUrl(server) + "/charge")));
            // then
            assertThat(result.error()).isEqualTo("CardDeclined");
            assertThat(result.cause()).isEqualTo("insufficient funds");
        }

        @Test
        void anyOtherErrorStatusIsStatesTaskFailed() {
            // given
            String lambda = "arn:aws:lambda:us-east-1:123456789012:function:charge";
            server.stubFor(post("/charge").willReturn(aResponse().withStatus(502).withBody("bad gateway")));
            // when
            ExecutionResult result = run(MockFixture.task("Charge", lambda, ""), "{}",
                    HttpTasks.routeResource(lambda, URI.create(baseUrl(server) + "/charge")));
            // then
            assertThat(result.error()).isEqualTo("States.TaskFailed");
            assertThat(result.cause()).isEqualTo("The HTTP request POST http://127.0.0.1:" + server.port()
                    + "/charge answered 502: bad gateway");
        }
    }
}
