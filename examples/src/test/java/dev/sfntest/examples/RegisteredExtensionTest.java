package dev.sfntest.examples;

import static dev.sfntest.assertj.SfnAssertions.assertThatExecution;

import dev.sfntest.history.HistoryEventType;
import dev.sfntest.junit5.Definition;
import dev.sfntest.junit5.ReportMode;
import dev.sfntest.junit5.StepFunctionExtension;
import dev.sfntest.junit5.StepFunctionRunner;
import dev.sfntest.mock.TaskMocks;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The extension registered in code instead of {@code @StepFunctionTest}, a second definition
 * injected by {@code @Definition} on a parameter, and assertions that step into one Map
 * iteration.
 */
class RegisteredExtensionTest {
    @RegisterExtension
    static final StepFunctionExtension SFN = StepFunctionExtension.builder()
            .definition("pricing/pricing.asl.json")
            .startInstant(Instant.parse("2025-03-14T09:30:00Z"))
            .report(ReportMode.NEVER)
            .build();

    private static final String CART = """
            {"customerId": "cu-1", "currency": "EUR",
             "items": [{"sku": "BOOK-1", "price": 12.5, "qty": 2}, {"sku": "PEN-3", "price": 3, "qty": 5}]}
            """;

    @Test
    void eachMapIterationIsCheckedOnItsOwn(StepFunctionRunner pricing) {
        pricing.mock(TaskMocks.forState("LookupCustomer").returns("{}"));

        assertThatExecution(pricing.run(CART)).succeeded()
                .hasEventCount(HistoryEventType.MapIterationStarted, 2)
                .mapIteration("PriceLines", 1).succeeded()
                .hasStateOutput("PriceLine", "{\"sku\": \"PEN-3\", \"amount\": 15, \"currency\": \"EUR\"}");
    }

    @Test
    void aSecondDefinitionComesThroughItsParameter(StepFunctionRunner pricing,
            @Definition("hello/hello.asl.json") StepFunctionRunner hello) {
        hello.mock(TaskMocks.forState("ChargeCard").returns("{\"Payload\": {\"chargeId\": \"ch-7\"}}"));
        pricing.mock(TaskMocks.forState("LookupCustomer").returns("{}"));

        assertThatExecution(hello.run("{\"orderId\": \"o-7\", \"amount\": 20}")).succeeded()
                .hasOutputAt("$.charge.chargeId", "ch-7");
        assertThatExecution(pricing.run(CART)).succeeded().hasOutputAt("$.total", 40);
    }
}
