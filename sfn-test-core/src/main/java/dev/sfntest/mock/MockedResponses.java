package dev.sfntest.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.TaskHandler;
import dev.sfntest.engine.TaskInvocation;
import dev.sfntest.engine.TaskOutcome;
import dev.sfntest.service.FieldValidationMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
public final class MockedResponses implements TaskHandler {
    private final Map<String, List<MockResponse>> byState;

    private MockedResponses(Map<String, List<MockResponse>> byState) {
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
     * Reads per-state scripts whose entries may name responses defined elsewhere (MockConfigFile).
     *
     * @param pointer where {@code mocks} sits in its file, for messages
     * @param named responses by name, for values that are strings
     */
    static MockedResponses parse(JsonNode mocks, String pointer, Map<String, List<MockResponse>> named) {
        if (!mocks.isObject()) {
            throw new InvalidMockException(at(pointer) + " must be an object of state names, found " + mocks);
        }
        Map<String, List<MockResponse>> byState = new LinkedHashMap<>();
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
        List<MockResponse> script = byState.get(invocation.stateName());
        if (script == null || invocation.attempt() >= script.size()) {
            return null;
        }
        return script.get(invocation.attempt()).outcome();
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

    /** The script of one state, by invocation, or an empty list. */
    public List<MockResponse> script(String stateName) {
        return byState.getOrDefault(stateName, List.of());
    }
}
