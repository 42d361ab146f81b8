package dev.sfntest.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AWS Step Functions Local's MockConfigFile, read unchanged: {@code StateMachines} →
 * {@code TestCases} → state → response name, and {@code MockedResponses} by name.
 *
 * <pre>{@code
 * MockConfigFile file = MockConfigFile.parse(Json.parse(Files.readString(Path.of("MockConfigFile.json"))));
 * TaskHandler mocks = file.testCase("OrderMachine", "HappyPath");
 * }</pre>
 *
 * <p>{@code TaskMocks.from(file.testCase(...))} adds recording, near-miss reports of unmocked
 * states and unused-mock checks; {@link TaskMocks#toMockConfigFile} writes mocks back to this format.
 *
 * <p>Every problem in the file (an unknown response name, a gap in attempt keys, both Return and
 * Throw) is reported with its JSON Pointer when the test case is selected, before anything runs.
 */
public final class MockConfigFile {
    private final JsonNode root;

    private MockConfigFile(JsonNode root) {
        this.root = root;
    }

    /**
     * Reads the file's JSON.
     *
     * @throws InvalidMockException when it lacks {@code StateMachines} or {@code MockedResponses}
     */
    public static MockConfigFile parse(JsonNode root) {
        if (!root.path("StateMachines").isObject()) {
            throw new InvalidMockException("The MockConfigFile has no StateMachines object at /StateMachines");
        }
        if (root.has("MockedResponses") && !root.get("MockedResponses").isObject()) {
            throw new InvalidMockException("The MockConfigFile's /MockedResponses must be an object");
        }
        return new MockConfigFile(root);
    }

    /** The state machine names the file defines. */
    public List<String> stateMachineNames() {
        List<String> names = new ArrayList<>();
        root.get("StateMachines").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The test case names of a state machine. */
    public List<String> testCaseNames(String stateMachine) {
        List<String> names = new ArrayList<>();
        root.path("StateMachines").path(stateMachine).path("TestCases").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * The mocks of one test case.
     *
     * @throws InvalidMockException when the machine or test case is unknown, or an entry is invalid
     */
    public MockedResponses testCase(String stateMachine, String testCase) {
        JsonNode machine = root.get("StateMachines").get(stateMachine);
        if (machine == null) {
            throw new InvalidMockException("The MockConfigFile defines no state machine '" + stateMachine
                    + "'; it defines " + stateMachineNames());
        }
        JsonNode cases = machine.path("TestCases");
        JsonNode selected = cases.get(testCase);
        if (selected == null) {
            throw new InvalidMockException("The state machine '" + stateMachine + "' in the MockConfigFile has no "
                    + "test case '" + testCase + "'; it has " + testCaseNames(stateMachine));
        }
        return MockedResponses.parse(selected, "/StateMachines/" + stateMachine + "/TestCases/" + testCase,
                namedResponses());
    }

    private Map<String, ResponseRuns> namedResponses() {
        Map<String, ResponseRuns> named = new LinkedHashMap<>();
        JsonNode responses = root.path("MockedResponses");
        for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            named.put(entry.getKey(), AttemptScript.parse(entry.getValue(), "/MockedResponses/" + entry.getKey()));
        }
        return named;
    }
}
