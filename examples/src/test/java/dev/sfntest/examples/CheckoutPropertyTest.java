package dev.sfntest.examples;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.Json;
import dev.sfntest.mock.LambdaResponses;
import dev.sfntest.mock.ServiceResponses;
import dev.sfntest.mock.TaskMocks;
import dev.sfntest.property.Generators;
import dev.sfntest.property.Invariant;
import dev.sfntest.property.Invariants;
import dev.sfntest.property.WorkflowCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * Property-based fuzzing finds the planted bug in checkout.asl.json: Ship's catcher sends a failed
 * shipment to Confirm, so the customer is charged, never shipped, and never refunded.
 */
class CheckoutPropertyTest {
    private static final Path DIR = Path.of("src/test/resources/property");

    /** Every confirmed order was shipped. */
    private static final Invariant CONFIRMS_ONLY_SHIPPED_ORDERS = Invariants.outputSatisfies(
            "confirms only shipped orders",
            output -> !"confirmed".equals(output.path("status").asText()) || output.has("shipment"));

    private static WorkflowCheck checkout() throws Exception {
        StateMachine machine = Definitions.load(DIR.resolve("checkout.asl.json"));
        TaskMocks successes = TaskMocks.of(
                TaskMocks.forState("Charge").returns(LambdaResponses.invoke(Json.parse("{\"chargeId\": \"ch-1\"}")))
                        .andSoOn(),
                TaskMocks.forState("Ship").returns(ServiceResponses.sqsSendMessage("shipped")).andSoOn(),
                TaskMocks.forState("Refund").returns(LambdaResponses.invoke(Json.parse("{}"))).andSoOn())
                .lenient();
        return WorkflowCheck.of(machine)
                .inputs(Generators.fromSchema(Json.parse(Files.readString(DIR.resolve("checkout.input-schema.json")))))
                .taskHandler(successes)
                .invariants(CONFIRMS_ONLY_SHIPPED_ORDERS, Invariants.terminatesWithinLimits(),
                        Invariants.catchersRouteErrors(),
                        Invariants.retriesFollowPolicy())
                .seed(2025);
    }

    @Nested
    class RandomSearch {
        @Test
        void findsTheFailedShipmentThatIsConfirmedAndShrinksIt() throws Exception {
            // given
            WorkflowCheck check = checkout();
            // when / then
            assertThatThrownBy(check::check)
                    .isInstanceOf(AssertionFailedError.class)
                    .hasMessage("""
                            Workflow property failed after 1 try and 13 shrinks: output confirms only shipped orders.
                            Violation: the output was %1$s
                            Input: {"orderId":"a","amount":1}
                            Faults: Ship#0 Injected.UnhandledError
                            Engine seed: 0
                            Path: Charge -> Ship -> Confirm
                            Result: SUCCEEDED with output %1$s
                            Seed: 2025; replay this case with .replay("0 0 0 1 0 0 1 0 0 1 0 0 0 1 3 2 0 0 0")""".formatted(
                            "{\"orderId\":\"a\",\"amount\":1,\"payment\":{\"chargeId\":\"ch-1\"},"
                                    + "\"shipError\":{\"Error\":\"Injected.UnhandledError\",\"Cause\":"
                                    + "\"injected fault\"},\"status\":\"confirmed\"}"));
        }
    }

    @Nested
    class ExhaustiveSearch {
        @Test
        void findsItWithTheFewestFaults() throws Exception {
            // given
            WorkflowCheck check = checkout();
            // when / then
            assertThatThrownBy(() -> check.exhaustive(Json.parse("{\"orderId\": \"o-1\", \"amount\": 5}"), 2, 1_000))
                    .isInstanceOf(AssertionFailedError.class)
                    .hasMessageStartingWith("Exhaustive check failed on fault schedule 7 (up to 2 faults): "
                            + "output confirms only shipped orders.")
                    .hasMessageContaining("\nFaults: Ship#0 Injected.UnhandledError\n")
                    .hasMessageContaining("\nPath: Charge -> Ship -> Confirm\n");
        }
    }
}
