package dev.sfntest.examples;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.sfntest.assertj.SfnAssertions.assertThatExecution;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.Json;
import dev.sfntest.engine.Engine;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.junit5.StepFunctionTest;
import dev.sfntest.mock.HttpTasks;
import dev.sfntest.mock.ServiceResponses;
import dev.sfntest.mock.TaskMocks;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An HTTP task against a real server: WireMock on 127.0.0.1 stands in for the carrier's API.
 * {@code HttpTasks.routeTo} sends the task's request there (same path, the server's host and
 * port); the SNS task is still mocked by state name, which wins over the HTTP route.
 */
@StepFunctionTest("shipping-quote/shipping-quote.asl.json")
class ShippingQuoteTest {
    // snippet:http-wiremock
    @RegisterExtension
    static final WireMockExtension CARRIER = WireMockExtension.newInstance()
            .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort())
            .build();

    private static final String PARCEL = "{\"parcelId\": \"p-77\", \"weightGrams\": 1200, \"destination\": \"DE\"}";
    private static final String RATES = """
            {"rates": [{"carrier": "FastShip", "price": 14.9}, {"carrier": "SlowBoat", "price": 6.5},
                       {"carrier": "MidPost", "price": 9.0}]}""";

    private final TaskMocks mocks = TaskMocks.of(
                    TaskMocks.forState("NotifyCustomer").returns(ServiceResponses.snsPublish("quoted")).lenient())
            .orElse(HttpTasks.routeTo(URI.create(CARRIER.baseUrl())));
    // end-snippet

    private ExecutionResult quote(StateMachine machine) throws Exception {
        return Engine.builder().taskHandler(mocks).build().execute(machine, Json.parse(PARCEL));
    }

    @Test
    void theCheapestRateIsQuoted(StateMachine machine) throws Exception {
        CARRIER.stubFor(post("/v2/rates").willReturn(okJson(RATES)));

        ExecutionResult result = quote(machine);

        assertThatExecution(result).succeeded()
                .hasOutput("{\"parcelId\": \"p-77\", \"cheapest\": {\"carrier\": \"SlowBoat\", \"price\": 6.5}}");
        CARRIER.verify(postRequestedFor(urlEqualTo("/v2/rates"))
                .withHeader("X-Request-Id", equalTo("p-77"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"weightGrams\": 1200, \"destination\": \"DE\"}")));
        assertThat(mocks.recorded().forState("NotifyCustomer").last().input().get("Message").textValue())
                .isEqualTo("p-77 ships with SlowBoat for 6.5");
    }

    @Test
    void anUnavailableApiIsRetriedFiveSecondsLater(StateMachine machine) throws Exception {
        CARRIER.stubFor(post("/v2/rates").inScenario("outage").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        CARRIER.stubFor(post("/v2/rates").inScenario("outage").whenScenarioStateIs("recovered")
                .willReturn(okJson(RATES)));

        ExecutionResult result = quote(machine);

        assertThatExecution(result).succeeded()
                .hasRetried("GetRates", 1)
                .hasDuration(Duration.ofSeconds(5));
        CARRIER.verify(2, postRequestedFor(urlEqualTo("/v2/rates")));
    }

    @Test
    void aDestinationTheCarrierDoesNotServeFailsTheQuote(StateMachine machine) throws Exception {
        CARRIER.stubFor(post("/v2/rates").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"message\": \"no route to DE\"}")));

        ExecutionResult result = quote(machine);

        assertThatExecution(result).failed()
                .hasError("DestinationNotServed")
                .hasCaught("GetRates", "States.Http.StatusCode.404")
                .hasCauseContaining("\"StatusCode\":404")
                .hasNeverEntered("NotifyCustomer");
    }
}
