package dev.sfntest.teststate.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.asl.Catcher;
import dev.sfntest.asl.ErrorHandling;
import dev.sfntest.asl.Retrier;
import dev.sfntest.data.ErrorNames;
import dev.sfntest.data.StatesException;
import dev.sfntest.engine.internal.DataFlow;
import dev.sfntest.teststate.TestStateStatus;
import java.util.List;
import java.util.Map;

/**
 * What TestState answers for an error of a state with Retry and Catch: RETRIABLE when the first
 * matching retrier has attempts left after {@code retrierRetryCount} retries, CAUGHT_ERROR with
 * the first matching catcher's output and {@code Next}, FAILED otherwise.
 */
final class ErrorPolicy {
    private ErrorPolicy() {
    }

    static Ending handle(StateData data, ErrorHandling handling, StatesException error, int retriesSoFar,
            Inspection inspection) {
        if (handling == null || ErrorNames.RUNTIME.equals(error.error())) {
            return Ending.failed(error);
        }
        List<Retrier> retriers = handling.retry();
        for (int i = 0; i < retriers.size(); i++) {
            Retrier retrier = retriers.get(i);
            if (ErrorHandling.matches(retrier.errorEquals(), error.error())) {
                inspection.retryIndex = i;
                if (retriesSoFar < retrier.maxAttempts()) {
                    inspection.retryBackoffIntervalSeconds = (int) retrier.intervalSecondsAfter(retriesSoFar);
                    return new Ending(TestStateStatus.RETRIABLE, null, error.error(), error.cause(), null);
                }
                break;
            }
        }
        List<Catcher> catchers = handling.catchers();
        for (int i = 0; i < catchers.size(); i++) {
            Catcher catcher = catchers.get(i);
            if (ErrorHandling.matches(catcher.errorEquals(), error.error())) {
                inspection.catchIndex = i;
                return caught(data, catcher, i, DataFlow.errorOutput(error), inspection, error);
            }
        }
        return Ending.failed(error);
    }

    private static Ending caught(StateData data, Catcher catcher, int index, ObjectNode errorOutput,
            Inspection inspection, StatesException error) {
        JsonNode output;
        Map<String, JsonNode> assigned;
        if (data.isJsonata()) {
            ObjectNode extra = DataFlow.member("errorOutput", errorOutput);
            output = data.jsonata(catcher.output(), "Catch[" + index + "]/Output", extra);
            output = output != null ? output : errorOutput;
            assigned = data.assignments(catcher.assign(), "Catch[" + index + "]/Assign", null, extra);
        } else {
            assigned = data.assignments(catcher.assign(), "Catch[" + index + "]/Assign", errorOutput, null);
            output = data.placeResult(catcher.resultPath(), errorOutput);
        }
        inspection.assigned(data.variables(), assigned);
        return new Ending(TestStateStatus.CAUGHT_ERROR, output, error.error(), error.cause(), catcher.next());
    }
}
