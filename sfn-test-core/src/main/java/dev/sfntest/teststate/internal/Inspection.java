package dev.sfntest.teststate.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.Json;
import dev.sfntest.teststate.InspectionData;
import java.util.Map;

/** The inspection data of one TestState call, filled in step by step as the state runs. */
final class Inspection {
    JsonNode input;
    JsonNode afterInputPath;
    JsonNode afterParameters;
    JsonNode afterArguments;
    JsonNode result;
    JsonNode afterResultSelector;
    JsonNode afterResultPath;
    JsonNode variables;
    JsonNode afterItemsPath;
    JsonNode afterItemSelector;
    Integer catchIndex;
    Integer retryIndex;
    Integer retryBackoffIntervalSeconds;
    Integer maxConcurrency;
    Integer toleratedFailureCount;
    Double toleratedFailurePercentage;

    /** Records the variables after an {@code Assign}: the request's, overwritten by the assigned ones. */
    void assigned(Map<String, JsonNode> before, Map<String, JsonNode> assigned) {
        if (assigned.isEmpty()) {
            return;
        }
        ObjectNode all = Json.emptyObject();
        before.forEach(all::set);
        assigned.forEach(all::set);
        variables = all;
    }

    InspectionData data() {
        InspectionData.ErrorDetails details = catchIndex == null && retryIndex == null ? null
                : new InspectionData.ErrorDetails(catchIndex, retryIndex, retryBackoffIntervalSeconds);
        return new InspectionData(input, afterInputPath, afterParameters, afterArguments, result, afterResultSelector,
                afterResultPath, variables, afterItemsPath, afterItemSelector, null, null, details, maxConcurrency,
                toleratedFailureCount, toleratedFailurePercentage);
    }
}
