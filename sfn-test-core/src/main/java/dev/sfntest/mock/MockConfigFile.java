package dev.sfntest.mock;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * AWS Step Functions Local's MockConfigFile, read unchanged: {@code StateMachines} →
 * {@code TestCases} → state → response name, and {@code MockedResponses} by name.
 *
 * <pre>{@code
 * MockConfigFile file = MockConfigFile.parse(Files.readString(Path.of("MockConfigFile.json")));
 * TaskMocks mocks = file.mocks(file.stateMachineName("OrderMachine"), "HappyPath");
 * ExecutionResult result = Engine.builder().taskHandler(mocks).build().execute(machine, input);
 * mocks.verifyAllUsed();
 * }</pre>
 *
 * <p>{@link #mocks} is the one way the library runs a test case, in JUnit tests, in
 * {@code sfn-test run --mock-config} and in case files alike: recording, near-miss reports of
 * unmocked states and unused-mock checks included. {@link TaskMocks#toMockConfigFile} writes
 * mocks back to this format.
 *
 * <p>Every problem in the file (an unknown response name, a gap in attempt keys, both Return and
 * Throw) is reported with its JSON Pointer when the test case is selected, before anything runs.
 */
@API(status = STABLE)
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

    /**
     * Reads the file's JSON text.
     *
     * @throws InvalidMockException when the text is not JSON (with {@code line:column}), or lacks
     *     {@code StateMachines} or {@code MockedResponses}
     */
    public static MockConfigFile parse(String json) {
        return parse(MockJson.parse(json, "The MockConfigFile has"));
    }

    /**
     * The mocks of one test case, as {@link TaskMocks}: strict, recording, reporting near misses.
     *
     * @throws InvalidMockException when the machine or test case is unknown, or an entry is invalid
     */
    public TaskMocks mocks(String stateMachine, String testCase) {
        return TaskMocks.from(testCase(stateMachine, testCase));
    }

    /**
     * The name of the state machine whose test cases apply to a definition: {@code definitionName}
     * when the file defines it (or defines none), else the file's only one.
     *
     * @param definitionName the definition's name (its file name without extensions), or {@code null}
     * @throws InvalidMockException when the file defines several state machines, none named so
     */
    public String stateMachineName(String definitionName) {
        List<String> names = stateMachineNames();
        if (definitionName != null && (names.contains(definitionName) || names.isEmpty())) {
            return definitionName;
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        throw new InvalidMockException("The MockConfigFile defines the state machines " + names
                + (definitionName == null ? "" : ", none named '" + definitionName + "' as the definition")
                + "; choose one by name");
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
