package dev.sfntest.examples;

import static dev.sfntest.assertj.SfnAssertions.assertThatExecution;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.Json;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.junit5.StartInstant;
import dev.sfntest.junit5.StepFunctionRunner;
import dev.sfntest.junit5.StepFunctionTest;
import dev.sfntest.mock.ServiceResponses;
import dev.sfntest.mock.TaskMocks;
import org.junit.jupiter.api.Test;

/**
 * A JSONata workflow with variables: {@code Assign} in every kind of state, an inline Map whose
 * iterations read an outer variable, a JSONata {@code Condition} in a Choice, and {@code $now()}
 * reading the virtual clock, so the quote's timestamp is exact.
 */
@StepFunctionTest("pricing/pricing.asl.json")
@StartInstant("2025-03-14T09:30:00Z")
class PricingTest {
    private static final String CART = """
            {"customerId": "cu-1", "currency": "EUR",
             "items": [{"sku": "BOOK-1", "price": 12.5, "qty": 2}, {"sku": "PEN-3", "price": 3, "qty": 5}]}
            """;

    // snippet:jsonata-variables
    @Test
    void aGoldCustomerGetsTenPercentOff(StepFunctionRunner runner) {
        runner.mock(TaskMocks.forState("LookupCustomer").returns(customer("GOLD")));

        ExecutionResult result = runner.run(CART);

        assertThatExecution(result).succeeded()
                .hasEnteredInOrder("ReadCart", "PriceLines", "LookupCustomer", "IsGold", "GoldDiscount", "Quote")
                .hasVariable("tier", "\"GOLD\"")
                .hasVariable("subtotal", "40")
                .hasVariable("discount", "4")
                .hasOutput("""
                        {"customerId": "cu-1", "tier": "GOLD",
                         "lines": [{"sku": "BOOK-1", "amount": 25, "currency": "EUR"},
                                   {"sku": "PEN-3", "amount": 15, "currency": "EUR"}],
                         "subtotal": 40, "discount": 4, "total": 36, "currency": "EUR",
                         "pricedAt": "2025-03-14T09:30:00.000Z"}""");
    }
    // end-snippet

    @Test
    void anUnknownCustomerIsStandardAndPaysFullPrice(StepFunctionRunner runner) {
        runner.mock(TaskMocks.forState("LookupCustomer").returns("{}"));   // GetItem found nothing

        ExecutionResult result = runner.run(CART);

        assertThatExecution(result).succeeded()
                .hasEntered("NoDiscount").hasNeverEntered("GoldDiscount")
                .hasVariable("tier", "\"STANDARD\"")
                .hasOutputContaining("{\"discount\": 0, \"total\": 40}");
    }

    @Test
    void theLookupUsesTheCustomerIdVariable(StepFunctionRunner runner) throws Exception {
        runner.mock(TaskMocks.forState("LookupCustomer").returns(customer("SILVER")));

        runner.run(CART);

        JsonNode request = runner.mocks().recorded().forState("LookupCustomer").last().input();
        assertThat(request)
                .isEqualTo(Json.parse("{\"TableName\": \"customers\", \"Key\": {\"id\": {\"S\": \"cu-1\"}}}"));
    }

    /** GetItem's answer for customer cu-1 with {@code tier}, in DynamoDB's attribute-value shape. */
    private static JsonNode customer(String tier) {
        ObjectNode item = Json.emptyObject();
        item.putObject("id").put("S", "cu-1");
        item.putObject("tier").put("S", tier);
        return ServiceResponses.dynamoDbGetItem(item);
    }
}
