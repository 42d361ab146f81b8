package dev.sfntest.mock;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.sfntest.mock.HttpFixture.baseUrl;
import static dev.sfntest.mock.HttpFixture.invoke;
import static dev.sfntest.mock.HttpFixture.onlyRequest;
import static dev.sfntest.mock.MockFixture.json;
import static dev.sfntest.mock.MockFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.sfntest.history.ExecutionResult;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** http:invoke tasks sent for real to a WireMock server on 127.0.0.1, and their AWS-shaped results. */
class HttpTasksTest {
    private static final UUID STUB = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private WireMockServer server;

    @BeforeEach
    void startServer() {
        server = HttpFixture.startServer();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    private HttpRoute route() {
        return HttpTasks.routeTo(baseUrl(server));
    }

    @Nested
    class ResultsInAwsShape {
        @Test
        void aJsonResponseIsParsedWithHeadersAsListsStatusCodeAndStatusText() {
            // given
            server.stubFor(get("/v1/customers/42").withId(STUB).willReturn(okJson("{\"name\": \"Ada\"}")));
            // when
            ExecutionResult result = run(invoke("'ApiEndpoint': 'https://api.example.com/v1/customers/42',"
                    + " 'Method': 'GET'", ""), "{}", route());
            // then
            assertThat(result.output()).isEqualTo(json("{'Headers': {'content-type': ['application/json'],"
                    + " 'matched-stub-id': ['" + STUB + "'], 'transfer-encoding': ['chunked']},"
                    + " 'ResponseBody': {'name': 'Ada'}, 'StatusCode': 200, 'StatusText': 'OK'}"));
        }

        @Test
        void aResponseThatIsNotJsonIsAString() {
            // given
            server.stubFor(get("/ping").willReturn(ok("{not json}").withHeader("Content-Type", "text/plain")));
            // when
            ExecutionResult result = run(invoke("'ApiEndpoint': 'https://api.example.com/ping', 'Method': 'GET'",
                    ", 'OutputPath': '$.ResponseBody'"), "{}", route());
            // then
            assertThat(result.output()).isEqualTo(json("'{not json}'"));
        }

        @Test
        void aRouteCanGiveEachCallAVirtualDuration() {
            // given
            server.stubFor(get("/slow").willReturn(okJson("{}")));
            // when
            ExecutionResult result = run(invoke("'ApiEndpoint': 'https://api.example.com/slow', 'Method': 'GET'",
                    ""), "{}", route().taking(Duration.ofMinutes(3)));
            // then
            assertThat(result.duration()).isEqualTo(Duration.ofMinutes(3));
        }
    }

    @Nested
    class RequestsAsSent {
        @Test
        void methodHeadersQueryParametersAndAJsonBodyAreSentToTheRebasedEndpoint() {
            // given
            server.stubFor(post(urlPathEqualTo("/v1/customers")).willReturn(okJson("{}")));
            // when
            run(invoke("'ApiEndpoint': 'https://api.example.com/v1/customers?source=sfn', 'Method': 'POST',"
                    + " 'Headers': {'X-Api-Version': '2', 'X-Trace.$': '$.trace'},"
                    + " 'QueryParameters': {'page': 2, 'tag': ['a', 'b c']},"
                    + " 'RequestBody': {'name.$': '$.name', 'vip': true}", ""),
                    "{'name': 'Ada', 'trace': 't-1'}", route());
            // then
            LoggedRequest request = onlyRequest(server);
            assertThat(request.getMethod().getName()).isEqualTo("POST");
            assertThat(request.getUrl()).isEqualTo("/v1/customers?source=sfn&page=2&tag=a&tag=b+c");
            assertThat(request.getHeader("X-Api-Version")).isEqualTo("2");
            assertThat(request.getHeader("X-Trace")).isEqualTo("t-1");
            assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
            assertThat(request.getBodyAsString()).isEqualTo("{\"name\":\"Ada\",\"vip\":true}");
        }

        @Test
        void theBaseUrlPathIsAPrefixOfTheEndpointPath() {
            // given
            server.stubFor(get(urlPathEqualTo("/stub/v1/x")).willReturn(okJson("{}")));
            // when
            run(invoke("'ApiEndpoint': 'https://api.example.com/v1/x', 'Method': 'GET'", ""), "{}",
                    HttpTasks.routeTo(URI.create(baseUrl(server) + "/stub/")));
            // then
            assertThat(onlyRequest(server).getUrl()).isEqualTo("/stub/v1/x");
        }

        @Test
        void aStringBodyIsSentAsItIs() {
            // given
            server.stubFor(post("/notes").willReturn(okJson("{}")));
            // when
            run(invoke("'ApiEndpoint': 'https://api.example.com/notes', 'Method': 'POST',"
                    + " 'Headers': {'Content-Type': 'text/plain'}, 'RequestBody': 'hello, world'", ""), "{}", route());
            // then
            LoggedRequest request = onlyRequest(server);
            assertThat(request.getBodyAsString()).isEqualTo("hello, world");
            assertThat(request.getHeader("Content-Type")).isEqualTo("text/plain");
        }

        @Test
        void aUrlEncodedBodyIsAFormWithArraysByIndexByDefault() {
            // given
            server.stubFor(post("/v1/charges").willReturn(okJson("{}")));
            // when
            run(invoke("'ApiEndpoint': 'https://api.stripe.com/v1/charges', 'Method': 'POST',"
                    + " 'RequestBody': {'amount': 2000, 'description': 'Tea & cake', 'tags': ['a', 'b'],"
                    + " 'metadata': {'order': 'o-1'}}, 'Transform': {'RequestBodyEncoding': 'URL_ENCODED'}", ""),
                    "{}", route());
            // then
            LoggedRequest request = onlyRequest(server);
            assertThat(request.getHeader("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
            assertThat(request.getBodyAsString()).isEqualTo("amount=2000&description=Tea+%26+cake"
                    + "&tags%5B0%5D=a&tags%5B1%5D=b&metadata%5Border%5D=o-1");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "INDICES  | array%5B0%5D=a&array%5B1%5D=b&array%5B2%5D=c",
            "REPEAT   | array=a&array=b&array=c",
            "COMMAS   | array=a,b,c",
            "BRACKETS | array%5B%5D=a&array%5B%5D=b&array%5B%5D=c"})
        void urlEncodedArraysFollowTheArrayFormat(String format, String body) {
            // given
            server.stubFor(post("/form").willReturn(okJson("{}")));
            // when
            run(invoke("'ApiEndpoint': 'https://api.example.com/form', 'Method': 'POST',"
                    + " 'RequestBody': {'array': ['a', 'b', 'c']}, 'Transform': {'RequestBodyEncoding': 'URL_ENCODED',"
                    + " 'RequestEncodingOptions': {'ArrayFormat': '" + format + "'}}", ""), "{}", route());
            // then
            assertThat(onlyRequest(server).getBodyAsString()).isEqualTo(body);
        }
    }

    @Nested
    class Composition {
        @Test
        void aStateNameMockWinsAndTheRouteAnswersTheOtherHttpTasks() {
            // given: two http:invoke states; Audit is mocked, Fetch goes to the server
            server.stubFor(get("/v1/orders/7").willReturn(okJson("{\"total\": 12}")));
            String definition = "{'StartAt': 'Audit', 'States': {"
                    + "'Audit': {'Type': 'Task', 'Resource': '" + HttpFixture.HTTP_INVOKE + "', 'Parameters': {"
                    + "'ApiEndpoint': 'https://audit.example.com/log', 'Method': 'POST'}, 'ResultPath': null,"
                    + " 'Next': 'Fetch'},"
                    + "'Fetch': {'Type': 'Task', 'Resource': '" + HttpFixture.HTTP_INVOKE + "', 'Parameters': {"
                    + "'ApiEndpoint': 'https://shop.example.com/v1/orders/7', 'Method': 'GET'},"
                    + " 'OutputPath': '$.ResponseBody', 'End': true}}}";
            TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Audit").returns(json("{}"))).orElse(route());
            // when
            ExecutionResult result = run(definition, "{}", mocks);
            // then
            assertThat(result.output()).isEqualTo(json("{'total': 12}"));
            assertThat(onlyRequest(server).getUrl()).isEqualTo("/v1/orders/7");
            assertThat(mocks.recorded().forState("Fetch").count()).isEqualTo(1);
        }

        @Test
        void anyResourceCanBeRoutedToAnEndpointThatGetsTheInputAsJson() {
            // given
            String lambda = "arn:aws:lambda:us-east-1:123456789012:function:score";
            server.stubFor(post("/score").willReturn(okJson("{\"score\": 0.9}")));
            HttpRoute route = HttpTasks.routeResource(lambda, URI.create(baseUrl(server) + "/score"));
            // when
            ExecutionResult result = run(MockFixture.task("Score", lambda, ""), "{'user': 'ada'}", route);
            // then
            assertThat(result.output()).isEqualTo(json("{'score': 0.9}"));
            assertThat(onlyRequest(server).getBodyAsString()).isEqualTo("{\"user\":\"ada\"}");
        }
    }
}
