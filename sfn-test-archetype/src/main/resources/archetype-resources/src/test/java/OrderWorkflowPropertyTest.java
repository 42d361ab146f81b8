package ${package};

import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.Json;
import dev.sfntest.junit5.StepFunctionTest;
import dev.sfntest.mock.LambdaResponses;
import dev.sfntest.mock.TaskMocks;
import dev.sfntest.property.Generators;
import dev.sfntest.property.Invariants;
import dev.sfntest.property.WorkflowCheck;
import org.junit.jupiter.api.Test;

/**
 * The order workflow on many orders (drawn from their JSON schema) and fault schedules (each error
 * its Retry and Catch name, and one nobody handles): whatever happens, it ends within its limits,
 * retries as its policy says, routes every caught error to its catcher, and fails only with its
 * own errors. A failure prints the smallest case and the seed that replays it.
 */
@StepFunctionTest("order/order.asl.json")
class OrderWorkflowPropertyTest {
    private static final String ORDERS = """
            {"type": "object", "required": ["orderId", "amount"],
             "properties": {"orderId": {"type": "string"},
                            "amount": {"type": "integer", "minimum": 0, "maximum": 5000}}}""";

    @Test
    void everyOrderEndsAsTheWorkflowSays(StateMachine order) throws Exception {
        WorkflowCheck.of(order)
                .inputs(Generators.fromSchema(Json.parse(ORDERS)))
                .taskHandler(TaskMocks.of(TaskMocks.forState("ChargeCard")       // the charge when no fault is drawn
                        .returns(LambdaResponses.invoke(Json.parse("{\"chargeId\": \"ch-1\"}"))).andSoOn()))
                .invariants(Invariants.terminatesWithinLimits(),
                        Invariants.retriesFollowPolicy(),
                        Invariants.catchersRouteErrors(),
                        Invariants.failsOnlyWith("Order.TooLarge", "Payment.Failed"))
                .seed(1)
                .check();
    }
}
