package dev.sfntest.assertj;

import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.Json;
import dev.sfntest.engine.Engine;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.mock.TaskMock;
import dev.sfntest.mock.TaskMocks;

/** An order workflow with a Task that retries, a Parallel and a Map, each caught into "Save failure". */
final class Orders {
    static final String DEFINITION = """
            {"StartAt": "Validate", "States": {
              "Validate": {"Type": "Pass", "Next": "Charge"},
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "charge", "Payload": {"orderId.$": "$.orderId", "amount.$": "$.amount"}},
                "ResultPath": "$.charge",
                "Retry": [{"ErrorEquals": ["Busy"], "IntervalSeconds": 1}],
                "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Save failure"}],
                "Next": "Fulfil"},
              "Fulfil": {"Type": "Parallel", "ResultPath": null, "Next": "Pack",
                "Branches": [
                  {"StartAt": "Ship", "States": {"Ship": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:ship", "End": true}}},
                  {"StartAt": "Check stock", "States": {
                    "Check stock": {"Type": "Choice", "Choices": [{"Variable": "$.amount", "NumericGreaterThan": 1000, "Next": "Too large"}], "Default": "Stock ok"},
                    "Too large": {"Type": "Fail", "Error": "TooLarge", "Cause": "over 1000"},
                    "Stock ok": {"Type": "Pass", "End": true}}}],
                "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Save failure"}]},
              "Pack": {"Type": "Map", "ItemsPath": "$.items", "ResultPath": null, "Next": "Done",
                "ItemProcessor": {"StartAt": "Pick", "States": {
                  "Pick": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:pick", "End": true}}},
                "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": null, "Next": "Save failure"}]},
              "Done": {"Type": "Succeed"},
              "Save failure": {"Type": "Fail", "Error": "OrderFailed"}}}
            """;

    private Orders() {
    }

    static StateMachine machine() {
        return Definitions.parse(DEFINITION);
    }

    static ExecutionResult run(String input, TaskMock... mocks) {
        return Engine.builder().taskHandler(TaskMocks.of(mocks).lenient()).build()
                .execute(machine(), Json.parse(input));
    }

    /** Charge throttled once then charged, shipped, two items picked. */
    static ExecutionResult happy() {
        return run("{\"orderId\": \"o-1\", \"amount\": 20, \"items\": [\"a\", \"b\"]}",
                TaskMocks.forState("Charge").throwsError("Busy", "slow down")
                        .thenReturns("{\"Payload\": {\"chargeId\": \"ch-1\"}}"),
                TaskMocks.forState("Ship").returns("{\"shipped\": true}"),
                TaskMocks.forState("Pick").returns("{\"picked\": true}").andSoOn());
    }

    /** Over 1000: the Parallel's second branch ends in the Fail state "Too large". */
    static ExecutionResult tooLarge() {
        return run("{\"orderId\": \"o-2\", \"amount\": 5000, \"items\": []}",
                TaskMocks.forState("Charge").returns("{\"Payload\": {\"chargeId\": \"ch-2\"}}"),
                TaskMocks.forState("Ship").returns("{\"shipped\": true}"));
    }

    /** The second item cannot be picked: the Map fails and its Catch discards the error (ResultPath null). */
    static ExecutionResult outOfStock() {
        return run("{\"orderId\": \"o-3\", \"amount\": 20, \"items\": [\"a\", \"b\"]}",
                TaskMocks.forState("Charge").returns("{\"Payload\": {\"chargeId\": \"ch-3\"}}"),
                TaskMocks.forState("Ship").returns("{\"shipped\": true}"),
                TaskMocks.forState("Pick").returns("{\"picked\": true}").thenThrowsError("OutOfStock", "no b"));
    }
}
