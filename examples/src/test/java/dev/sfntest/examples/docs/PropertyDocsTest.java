package dev.sfntest.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.Json;
import dev.sfntest.mock.LambdaResponses;
import dev.sfntest.mock.ServiceResponses;
import dev.sfntest.mock.TaskMocks;
import dev.sfntest.property.ExhaustiveReport;
import dev.sfntest.property.Generators;
import dev.sfntest.property.Invariants;
import dev.sfntest.property.PropertyRunner;
import dev.sfntest.property.WorkflowCheck;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The snippets of docs/property.md, compiled and run. */
class PropertyDocsTest {
    private final StateMachine order = Definitions.load(Path.of("src/test/resources/order-saga/order-saga.asl.json"));

    @Test
    void shrinksToTheSmallestCounterexample() {
        // snippet:property-shrinking
        PropertyRunner<java.util.List<Integer>> runner = PropertyRunner
                .forAll(Generators.lists(Generators.integers(0, 1_000), 0, 50))
                .seed(11);
        assertThatThrownBy(() -> runner.checkThat(list -> list.stream().allMatch(x -> x <= 100)))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("Counterexample: [101]");          // shrunk from a long random list
        // end-snippet
    }

    @Test
    void checksAWorkflowUnderFaults() throws Exception {
        // snippet:property-workflow
        TaskMocks successes = TaskMocks.of(
                TaskMocks.forState("ReserveInventory").returns("{\"Payload\": {\"reservationId\": \"r-1\"}}").andSoOn(),
                TaskMocks.forState("ChargePayment")
                        .returns(LambdaResponses.invoke(Json.parse("{\"chargeId\": \"ch-1\"}"))).andSoOn(),
                TaskMocks.forState("ShipOrder")
                        .returns(LambdaResponses.invoke(Json.parse("{\"trackingNumber\": \"T-1\"}"))).andSoOn(),
                TaskMocks.forState("RefundPayment").returns(LambdaResponses.invoke(Json.parse("{}"))).andSoOn(),
                TaskMocks.forState("ReleaseInventory").returns(LambdaResponses.invoke(Json.parse("{}"))).andSoOn(),
                TaskMocks.forResource("arn:aws:states:::sns:publish")
                        .returns(ServiceResponses.snsPublish("done")).andSoOn())
                .lenient();
        WorkflowCheck check = WorkflowCheck.of(order)                 // inputs aimed at every Choice branch
                .taskHandler(successes)                               // answers the invocations that succeed
                .invariants(Invariants.terminatesWithinLimits(),      // faults come from each Retry and Catch
                        Invariants.retriesFollowPolicy(),
                        Invariants.catchersRouteErrors())
                .seed(7)
                .tries(300);
        check.check();                                                // AssertionFailedError with the shrunk case
        ExhaustiveReport report = check.exhaustive(Json.parse("{\"orderId\": \"o-1\", \"amount\": 10, "
                + "\"items\": [], \"address\": \"x\"}"), 1, 5_000);   // every schedule with up to 1 fault
        // end-snippet
        assertThat(report.schedulesExplored()).isGreaterThan(1);
    }
}
