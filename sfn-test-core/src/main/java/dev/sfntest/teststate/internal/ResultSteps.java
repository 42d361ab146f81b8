package dev.sfntest.teststate.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.asl.ErrorHandling;
import dev.sfntest.engine.internal.DataFlow;
import java.util.Map;

/**
 * What Task, Map and Parallel states do with their result: JSONPath ResultSelector, ResultPath and
 * OutputPath (each recorded for inspection), or JSONata Output; then Assign.
 */
final class ResultSteps {
    private ResultSteps() {
    }

    static Ending finish(StateData data, ErrorHandling handling, JsonNode result, Inspection inspection) {
        String next = data.state.common().next();
        if (data.isJsonata()) {
            ObjectNode extra = DataFlow.member("result", result);
            JsonNode output = data.jsonata(data.state.common().output(), "Output", extra);
            inspection.assigned(data.variables(), data.assignments(data.state.common().assign(), "Assign", null,
                    extra));
            return Ending.succeeded(output != null ? output : result, next);
        }
        JsonNode selected = handling.resultSelector() != null
                ? data.evaluate(handling.resultSelector(), result) : result;
        inspection.afterResultSelector = selected;
        Map<String, JsonNode> assigned = data.assignments(data.state.common().assign(), "Assign", selected, null);
        JsonNode placed = data.placeResult(handling.resultPath(), selected);
        inspection.afterResultPath = placed;
        inspection.assigned(data.variables(), assigned);
        return Ending.succeeded(data.select(data.state.common().outputPath(), placed), next);
    }
}
