package dev.sfntest.teststate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import org.apiguardian.api.API;

/**
 * What AWS's TestState API answers for one state.
 *
 * <pre>{@code
 * TestStateResponse response = TestStates.run(request);
 * response.status();     // CAUGHT_ERROR
 * response.nextState();  // "HandleFailure", the catcher's Next
 * response.toJson();     // {"status": "CAUGHT_ERROR", "output": "{...}", ...} as AWS sends it
 * }</pre>
 *
 * @param status how the state ended
 * @param output the state's output (SUCCEEDED, CAUGHT_ERROR), or {@code null}
 * @param error the error (FAILED, RETRIABLE, CAUGHT_ERROR), or {@code null}
 * @param cause the error's cause, or {@code null}
 * @param nextState the state to go to next, or {@code null} when there is none
 * @param inspectionData the data-processing steps (DEBUG, TRACE), or {@code null} (INFO)
 */
@API(status = EXPERIMENTAL)
public record TestStateResponse(TestStateStatus status, JsonNode output, String error, String cause,
        String nextState, InspectionData inspectionData) {

}
