package dev.sfntest.mock;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.MapState;
import dev.sfntest.asl.ParallelState;
import dev.sfntest.asl.State;
import dev.sfntest.asl.StateGraph;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.asl.TaskState;
import dev.sfntest.engine.TaskHandler;
import dev.sfntest.engine.TaskInvocation;
import dev.sfntest.engine.TaskOutcome;
import dev.sfntest.internal.EditDistance;
import dev.sfntest.service.FieldValidationMode;
import dev.sfntest.service.ServiceModels;
import dev.sfntest.service.TaskErrors;
import dev.sfntest.service.TaskResource;
import dev.sfntest.service.TaskResources;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Scripted task results per state name and per 0-based invocation, in the shape of AWS Step
 * Functions Local's {@code MockedResponses}: {@code "0"} or an inclusive range {@code "1-2"}, each
 * a {@code Return} or a {@code Throw}.
 *
 * <pre>{@code
 * TaskHandler mocks = MockedResponses.parse(Json.parse("""
 *     {"Charge": {"0-1": {"Throw": {"Error": "Lambda.TooManyRequestsException", "Cause": "slow down"}},
 *                 "2":   {"Return": {"StatusCode": 200, "Payload": {"charged": true}}}}}
 *     """));
 * }</pre>
 *
 * <p>A state that is not scripted, or an invocation past the script, is left unanswered: the
 * engine reports it with the state, resource, attempt and input.
 */
@API(status = STABLE)
public final class MockedResponses implements TaskHandler {
    private final Map<String, ResponseRuns> byState;

    private MockedResponses(Map<String, ResponseRuns> byState) {
        this.byState = byState;
    }

    /**
     * Reads {@code {"State": {"0": {...}, "1-2": {...}}}}.
     *
     * @throws InvalidMockException naming the JSON Pointer of a malformed entry
     */
    public static MockedResponses parse(JsonNode mocks) {
        return parse(mocks, "", Map.of());
    }

    /**
     * Reads {@code {"State": {"0": {...}, "1-2": {...}}}} from JSON text.
     *
     * @throws InvalidMockException when the text is not JSON, or naming the JSON Pointer of a malformed entry
     */
    public static MockedResponses parse(String mocks) {
        return parse(MockJson.parse(mocks, "The mocks have"));
    }

    /**
     * Reads per-state scripts whose entries may name responses defined elsewhere (MockConfigFile).
     *
     * @param pointer where {@code mocks} sits in its file, for messages
     * @param named responses by name, for values that are strings
     */
    static MockedResponses parse(JsonNode mocks, String pointer, Map<String, ResponseRuns> named) {
        if (!mocks.isObject()) {
            throw new InvalidMockException(at(pointer) + " must be an object of state names, found " + mocks);
        }
        Map<String, ResponseRuns> byState = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = mocks.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String statePointer = pointer + "/" + entry.getKey();
            JsonNode script = entry.getValue();
            if (script.isTextual() && named.containsKey(script.textValue())) {
                byState.put(entry.getKey(), named.get(script.textValue()));
            } else if (script.isTextual()) {
                throw new InvalidMockException(at(statePointer) + " names the response '" + script.textValue()
                        + "', which MockedResponses does not define");
            } else {
                byState.put(entry.getKey(), AttemptScript.parse(script, statePointer));
            }
        }
        return new MockedResponses(byState);
    }

    private static String at(String pointer) {
        return pointer.isEmpty() ? "The mocks" : "The mock at " + pointer;
    }

    @Override
    public TaskOutcome handle(TaskInvocation invocation) {
        ResponseRuns script = byState.get(invocation.stateName());
        MockResponse response = script == null ? null : script.at(invocation.attempt());
        return response == null ? null : response.outcome();
    }

    /**
     * One warning per scripted state that the state machine does not have (at any depth), which
     * no execution of it ever asks for: {@code "The mocks script the state 'ChargeCrad', which the
     * state machine does not have; did you mean 'ChargeCard'?"}.
     */
    public List<String> unknownStates(StateMachine machine) {
        Map<String, State> states = statesOf(machine);
        List<String> warnings = new ArrayList<>();
        for (String scripted : byState.keySet()) {
            if (!states.containsKey(scripted)) {
                warnings.add("The mocks script the state '" + scripted + "', which the state machine does not have"
                        + EditDistance.didYouMean(scripted, states.keySet()));
            }
        }
        return warnings;
    }

    /**
     * Every warning about these mocks for {@code machine}: the {@link #unknownStates unknown
     * states}, then one per {@code Throw} of an error that its Task can never raise, as the
     * operation's API model names errors (a near miss of a declared name, or another service's
     * error), with a did-you-mean: such a mock tests a path AWS never takes.
     */
    public List<String> warnings(StateMachine machine) {
        List<String> warnings = new ArrayList<>(unknownStates(machine));
        Map<String, State> states = statesOf(machine);
        ServiceModels models = ServiceModels.standard();
        for (Map.Entry<String, ResponseRuns> scripted : byState.entrySet()) {
            if (!(states.get(scripted.getKey()) instanceof TaskState task) || task.resource() == null) {
                continue;
            }
            TaskResource resource = TaskResources.resolve(task.resource(), models).resource();
            Set<String> warned = new LinkedHashSet<>();
            long attempt = 0;
            for (ResponseRuns.Run run : scripted.getValue().runs()) {
                if (run.response() instanceof MockResponse.Throw thrown && warned.add(thrown.error())) {
                    long first = attempt;
                    TaskErrors.check(resource, thrown.error(), models).ifPresent(why -> warnings.add("The mock of '"
                            + scripted.getKey() + "' (attempt " + first + ") throws an error its Task can never "
                            + "raise: " + why));
                }
                attempt += run.count();
            }
        }
        return warnings;
    }

    private static Map<String, State> statesOf(StateMachine machine) {
        Map<String, State> states = new LinkedHashMap<>();
        Deque<StateGraph> graphs = new ArrayDeque<>(List.of(machine.graph()));
        while (!graphs.isEmpty()) {
            for (State state : graphs.pop().states().values()) {
                states.putIfAbsent(state.name(), state);
                if (state instanceof ParallelState parallel) {
                    graphs.addAll(parallel.branches());
                } else if (state instanceof MapState map) {
                    graphs.add(map.processor());
                }
            }
        }
        return states;
    }

    /** The response's own {@code FieldValidationMode}, or {@code null} for the engine's. */
    @Override
    public FieldValidationMode fieldValidationMode(TaskInvocation invocation) {
        List<MockResponse> script = byState.get(invocation.stateName());
        if (script == null || invocation.attempt() >= script.size()
                || !(script.get(invocation.attempt()) instanceof MockResponse.Return returned)) {
            return null;
        }
        return returned.fieldValidationMode();
    }

    /** The scripted state names. */
    public List<String> stateNames() {
        return new ArrayList<>(byState.keySet());
    }

    /** The script of one state as runs of one response each. */
    List<ResponseRuns.Run> runs(String stateName) {
        ResponseRuns script = byState.get(stateName);
        return script == null ? List.of() : script.runs();
    }

    /** The script of one state, by invocation, or an empty list. */
    public List<MockResponse> script(String stateName) {
        ResponseRuns script = byState.get(stateName);
        return script == null ? List.of() : script;
    }
}
