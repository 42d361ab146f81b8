package dev.sfntest.teststate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import org.apiguardian.api.API;

/**
 * The data at each step of the tested state's input and output processing (DEBUG and TRACE), as
 * AWS's {@code inspectionData}: a member is {@code null} when the state has no such step (JSONata
 * states have no {@code afterInputPath}, JSONPath states no {@code afterArguments}).
 *
 * <pre>{@code
 * InspectionData data = TestStates.run(request).inspectionData();
 * data.afterParameters();   // the task input after InputPath and Parameters
 * data.errorDetails();      // which Retry or Catch handled the mocked error
 * }</pre>
 *
 * @param input the raw state input
 * @param afterInputPath after {@code InputPath}
 * @param afterParameters after {@code Parameters}
 * @param afterArguments after {@code Arguments} (JSONata)
 * @param result the raw result
 * @param afterResultSelector after {@code ResultSelector}
 * @param afterResultPath after {@code ResultPath}
 * @param variables the workflow variables after the state's {@code Assign}
 * @param afterItemsPath a Map state's items after {@code ItemsPath}
 * @param afterItemSelector a Map state's iteration inputs after {@code ItemSelector}
 * @param afterItemBatcher a Map state's batches after {@code ItemBatcher}
 * @param afterItemsPointer a Map state's items after {@code ItemsPointer}
 * @param errorDetails the Retry or Catch that handled an error
 * @param maxConcurrency a Map state's {@code MaxConcurrency} (0: no limit)
 * @param toleratedFailureCount a Map state's {@code ToleratedFailureCount}
 * @param toleratedFailurePercentage a Map state's {@code ToleratedFailurePercentage}
 */
@API(status = EXPERIMENTAL)
public record InspectionData(JsonNode input, JsonNode afterInputPath, JsonNode afterParameters,
        JsonNode afterArguments, JsonNode result, JsonNode afterResultSelector, JsonNode afterResultPath,
        JsonNode variables, JsonNode afterItemsPath, JsonNode afterItemSelector, JsonNode afterItemBatcher,
        JsonNode afterItemsPointer, ErrorDetails errorDetails, Integer maxConcurrency,
        Integer toleratedFailureCount, Double toleratedFailurePercentage) {

    /**
     * {@code errorDetails}: how the state's Retry and Catch treated the error.
     *
     * @param catchIndex the index of the Catch that caught it, or {@code null}
     * @param retryIndex the index of the Retry that matched it, or {@code null}
     * @param retryBackoffIntervalSeconds the wait before the retry, or {@code null}
     */
    public record ErrorDetails(Integer catchIndex, Integer retryIndex, Integer retryBackoffIntervalSeconds) {
    }

}
