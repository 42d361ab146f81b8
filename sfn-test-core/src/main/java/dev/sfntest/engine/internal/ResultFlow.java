package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.asl.ErrorHandling;
import java.util.Map;

/**
 * What Task, Parallel and Map states do with their result: in JSONPath, ResultSelector,
 * ResultPath and OutputPath, with {@code Assign} reading the selected result; in JSONata,
 * {@code Output} and {@code Assign} with {@code $states.result}.
 */
final class ResultFlow {
    private ResultFlow() {
    }

    static Step exit(StateVisit visit, ErrorHandling handling, JsonNode result) {
        if (visit.isJsonata()) {
            ObjectNode extra = StateVisit.result(result);
            JsonNode output = visit.jsonata(visit.common().output(), "Output", extra);
            Map<String, JsonNode> assigned = visit.assignments(visit.common().assign(), "Assign", null, extra);
            return visit.exit(output != null ? output : result, assigned);
        }
        JsonNode selected = handling.resultSelector() != null
                ? visit.evaluate(handling.resultSelector(), result) : result;
        Map<String, JsonNode> assigned = visit.assignments(visit.common().assign(), "Assign", selected, null);
        return visit.exit(visit.output(visit.placeResult(handling.resultPath(), selected)), assigned);
    }
}
