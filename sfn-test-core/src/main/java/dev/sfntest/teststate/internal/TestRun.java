package dev.sfntest.teststate.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.ChoiceState;
import dev.sfntest.asl.FailState;
import dev.sfntest.asl.MapState;
import dev.sfntest.asl.ParallelState;
import dev.sfntest.asl.PassState;
import dev.sfntest.asl.State;
import dev.sfntest.asl.TaskState;
import dev.sfntest.data.StatesException;
import dev.sfntest.engine.Engine;
import dev.sfntest.engine.TaskHandler;
import dev.sfntest.internal.MillisTimestamps;
import dev.sfntest.teststate.InspectionLevel;
import dev.sfntest.teststate.TestStateException;
import dev.sfntest.teststate.TestStateRequest;
import dev.sfntest.teststate.TestStateResponse;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One TestState call: checks the request as AWS does, runs the state once with the engine's data
 * layer, and answers as AWS answers.
 */
public final class TestRun {
    private TestRun() {
    }

    /** Runs {@code request}; {@code handler} (or {@code null}) answers a Task state without a mock. */
    public static TestStateResponse run(TestStateRequest request, TaskHandler handler) {
        RequestRules.checkRequest(request);
        TestedState tested = TestedState.resolve(request.definition(), request.stateName());
        State state = tested.state();
        MockedOutcome mock = RequestRules.checkState(request, state);
        if (request.context() != null) {
            ContextObjects.check(request.context(), state);
        }
        RequestRules.checkMockedResult(request, state, mock);
        JsonNode readerData = state instanceof MapState map ? RequestRules.readerData(request, map) : null;
        Map<String, JsonNode> variables = variables(request.variables());
        TestStateRequest.StateConfiguration configuration = request.stateConfiguration();
        int retries = configuration == null || configuration.retrierRetryCount() == null ? 0
                : configuration.retrierRetryCount();
        Instant now = Engine.DEFAULT_START;
        JsonNode context = request.context() != null ? request.context()
                : ContextObjects.standard(request.input(), request.roleArn(),
                        ContextObjects.account(request.roleArn(), Engine.ACCOUNT), Engine.REGION,
                        MillisTimestamps.format(now), state.handling() != null ? retries : -1);
        StateData data = new StateData(tested.machine(), state, request.input(), context, variables,
                now.toEpochMilli());
        Inspection inspection = new Inspection();
        inspection.input = request.input();
        Ending ending;
        try {
            try {
                ending = dispatch(data, state, inspection, mock, handler, configuration, readerData, retries, now);
            } catch (StatesException e) {
                ending = ErrorPolicy.handle(data, state.handling(), e, retries, inspection);
            }
        } catch (StatesException e) {
            ending = Ending.failed(e);
        }
        return new TestStateResponse(ending.status(), ending.output(), ending.error(), ending.cause(),
                ending.nextState(), request.inspectionLevel() == InspectionLevel.INFO ? null : inspection.data());
    }

    private static Ending dispatch(StateData data, State state, Inspection inspection, MockedOutcome mock,
            TaskHandler handler, TestStateRequest.StateConfiguration configuration, JsonNode readerData, int retries,
            Instant now) {
        if (state instanceof TaskState task) {
            return TaskTest.run(data, task, inspection, mock, handler, retries, now);
        } else if (state instanceof MapState map) {
            return MapTest.run(data, map, inspection, mock,
                    configuration == null ? null : configuration.mapIterationFailureCount(), readerData);
        } else if (state instanceof ParallelState parallel) {
            return ParallelTest.run(data, parallel, inspection, mock);
        } else if (state instanceof PassState pass) {
            return SimpleStates.pass(data, pass, inspection);
        } else if (state instanceof ChoiceState choice) {
            return SimpleStates.choice(data, choice, inspection);
        } else if (state instanceof FailState fail) {
            return SimpleStates.fail(data, fail);
        }
        return SimpleStates.passThrough(data, inspection);  // Succeed, Wait
    }

    private static Map<String, JsonNode> variables(JsonNode variables) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        if (variables == null) {
            return values;
        }
        if (!variables.isObject()) {
            throw TestStateException.validation("The variables must be a JSON object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            values.put(entry.getKey(), entry.getValue());
        }
        return values;
    }
}
