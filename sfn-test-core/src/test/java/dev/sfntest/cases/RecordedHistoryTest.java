package dev.sfntest.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.sfntest.data.Json;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RecordedHistoryTest {
    private static final RunNames NAMES = new RunNames("machine_x", "run_y");
    private static final String ROLE = "arn:aws:iam::123456789012:role/service-role/StepFunctions-machine_x-role";

    /** JSON written with single quotes ({@code \\'} for an escaped double quote, {@code ^} for a single quote). */
    static JsonNode json(String text) {
        try {
            return Json.parse(text.replace('\'', '"').replace('^', '\''));
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** A produced history: ExecutionStarted (with the role) and the given events. */
    static ArrayNode produced(String... events) {
        ArrayNode history = Json.nodes().arrayNode();
        history.add(json("{'timestamp': '2025-01-01T00:00:00Z', 'type': 'ExecutionStarted', 'id': 1,"
                + " 'previousEventId': 0, 'executionStartedEventDetails': {'input': '{}',"
                + " 'inputDetails': {'truncated': false}, 'roleArn': '" + ROLE + "'}}"));
        for (String event : events) {
            history.add(json(event));
        }
        return history;
    }

    static JsonNode normalised(HistoryRules rules, String... events) {
        return RecordedHistory.normalise(produced(events), NAMES, rules);
    }

    @Nested
    class Normalisation {
        @Test
        void reducesEachEventAndParsesItsJsonTexts() {
            JsonNode events = normalised(HistoryRules.NONE, "{'timestamp': '2025-01-01T00:00:00Z',"
                    + " 'type': 'PassStateExited', 'id': 3, 'previousEventId': 2, 'stateExitedEventDetails':"
                    + " {'name': 'P', 'output': '[1,{\\'a\\':\\'{}\\'}]', 'outputDetails': {'truncated': false},"
                    + " 'assignedVariables': {'v': '\\'s\\''}}}");

            assertThat(events.get(0)).isEqualTo(json("{'type': 'ExecutionStarted', 'id': 1, 'previousEventId': 0,"
                    + " 'executionStartedEventDetails': {'input': {}, 'inputDetails': {'truncated': false},"
                    + " 'roleArn': '<role-arn>'}}"));
            assertThat(events.get(1)).isEqualTo(json("{'type': 'PassStateExited', 'id': 3, 'previousEventId': 2,"
                    + " 'stateExitedEventDetails': {'name': 'P', 'output': [1, {'a': '{}'}],"
                    + " 'outputDetails': {'truncated': false}, 'assignedVariables': {'v': 's'}}}"));
        }

        @Test
        void parsesAnObjectCauseAndMarksJsonQuotedInACause() {
            JsonNode events = normalised(HistoryRules.NONE,
                    "{'type': 'TaskFailed', 'id': 2, 'previousEventId': 0, 'taskFailedEventDetails': {'error': 'E',"
                            + " 'cause': '{\\'requestId\\': \\'<uuid:3>\\', \\'id\\': \\'0f8fad5b-d9cb-469f-a165-"
                            + "70867728950e\\'}'}}",
                    "{'type': 'ExecutionFailed', 'id': 3, 'previousEventId': 2, 'executionFailedEventDetails':"
                            + " {'cause': 'The JSONPath ^$.x^ could not be found in the input ^{\\'a\\':1}^'}}");

            assertThat(events.get(1).get("taskFailedEventDetails")).isEqualTo(
                    json("{'error': 'E', 'cause': {'requestId': '<uuid>', 'id': '<uuid>'}}"));
            assertThat(events.get(2).path("executionFailedEventDetails").path("cause").asText())
                    .isEqualTo("The JSONPath '$.x' could not be found in the input '<json-input>'");
        }

        @Test
        void writesRunSpecificValuesAsTheRecordingsTokens() {
            JsonNode events = normalised(HistoryRules.NONE, "{'type': 'TaskScheduled', 'id': 2, 'previousEventId': 0,"
                    + " 'taskScheduledEventDetails': {'region': 'us-east-1', 'resource': 'invoke', 'resourceType':"
                    + " 'lambda', 'parameters': '{\\'Id\\': \\'arn:aws:states:us-east-1:123456789012:execution:"
                    + "machine_x:run_y\\', \\'Role\\': \\'" + ROLE + "\\', \\'Start\\': \\'2025-01-01T00:00:00.000Z\\',"
                    + " \\'Timestamp\\': \\'soon\\', \\'Error\\': \\'Status Code: 404; Request ID: ab-12)\\'}'}}");

            assertThat(events.get(1).get("taskScheduledEventDetails")).isEqualTo(json("{'region': '<region>',"
                    + " 'resource': 'invoke', 'resourceType': 'lambda', 'parameters': {'Id': 'arn:<partition>:states:"
                    + "<region>:111111111111:execution:<ArnPart_0idx>:<ExecArnPart_0idx>', 'Role': '<role-arn>',"
                    + " 'Start': 'date', 'Timestamp': 'timestamp', 'Error': 'Status Code: 404; Request ID:"
                    + " <request_id>)'}}"));
        }

        @Test
        void appliesTheCasesReplacementsRegexesAndPaths() {
            HistoryRules rules = new HistoryRules(json("{'replace': [['mock-fn-1', '<fn>']],"
                    + " 'regex': [['v(?P<n>\\\\d)', 'w\\\\g<n>']], 'jsonpath': [['$..StartTime', 'start-time']]}"), false);

            JsonNode events = normalised(rules, "{'type': 'PassStateExited', 'id': 2, 'previousEventId': 0,"
                    + " 'stateExitedEventDetails': {'name': 'P', 'output': '{\\'f\\': \\'mock-fn-1\\', \\'v\\': \\'v7\\',"
                    + " \\'c\\': {\\'StartTime\\': 5}}'}}");

            assertThat(events.get(1).path("stateExitedEventDetails").get("output"))
                    .isEqualTo(json("{'f': '<fn>', 'v': 'w7', 'c': {'StartTime': 'start-time'}}"));
        }

        @Test
        void refusesAPathItCannotFollow() {
            HistoryRules rules = new HistoryRules(json("{'jsonpath': [['$.a[0]', 'x']]}"), false);

            assertThatThrownBy(() -> normalised(rules)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("historyNormalisation path '$.a[0]' is not a chain of '.name' and '..name' steps");
        }

        @Test
        void readsPythonGroupReferences() {
            HistoryRules rules = new HistoryRules(json("{'regex': [['(?P<c>[a-z])(?P=c)', '\\\\g<c>']]}"), false);

            JsonNode events = normalised(rules, "{'type': 'PassStateExited', 'id': 2, 'previousEventId': 0,"
                    + " 'stateExitedEventDetails': {'name': 'P', 'output': '\\'aabcc\\''}}");

            assertThat(events.get(1).path("stateExitedEventDetails").get("output").asText()).isEqualTo("abc");
        }

        @Test
        void aCaseWhoseRegexIsInvalidCannotBeRunAndSaysWhy() {
            JsonNode root = json("{'name': 'bad', 'definition': {'StartAt': 'P', 'States': {'P': {'Type': 'Pass',"
                    + " 'End': true}}}, 'expected': {'status': 'SUCCEEDED', 'history': []},"
                    + " 'historyNormalisation': {'regex': [['(', 'x']]}}");

            CaseResult result = CaseRunner.run(CaseFile.of(root, "bad"));

            assertThat(result.status()).isEqualTo("ERROR");
            assertThat(result.message()).isEqualTo("The case's history cannot be compared: historyNormalisation"
                    + " regex '(' is not a regular expression: Unclosed group");
        }

        @Test
        void writesTheMapRunArnAsItsToken() {
            JsonNode events = normalised(HistoryRules.NONE, "{'type': 'MapRunStarted', 'id': 2, 'previousEventId': 0,"
                    + " 'mapRunStartedEventDetails': {'mapRunArn': 'arn:aws:states:us-east-1:123456789012:mapRun:m/x:1'}}");

            assertThat(events.get(1).path("mapRunStartedEventDetails")).isEqualTo(json("{'mapRunArn': '<map-run-arn>'}"));
        }
    }

    @Nested
    class Differences {
        private final String entered = "{'type': 'PassStateEntered', 'id': 2, 'previousEventId': 0,"
                + " 'stateEnteredEventDetails': {'name': 'P', 'input': '{}', 'inputDetails': {'truncated': false}}}";
        private final JsonNode recorded = json("[{'type': 'ExecutionStarted', 'id': 1, 'previousEventId': 0,"
                + " 'executionStartedEventDetails': {'input': {}, 'inputDetails': {'truncated': false},"
                + " 'roleArn': '<role-arn>'}}, {'type': 'PassStateEntered', 'id': 2, 'previousEventId': 0,"
                + " 'stateEnteredEventDetails': {'input': {}, 'inputDetails': {'truncated': false}, 'name': 'P'}}]");

        @Test
        void noneWhenTheHistoriesAgree() {
            assertThat(RecordedHistory.differences(recorded, produced(entered), NAMES, HistoryRules.NONE)).isEmpty();
        }

        @Test
        void nameEachDifferingFieldWithItsEvent() {
            List<String> differences = RecordedHistory.differences(recorded, produced("{'type': 'PassStateEntered',"
                    + " 'id': 2, 'previousEventId': 1, 'stateEnteredEventDetails': {'name': 'P', 'input': '1',"
                    + " 'extra': true}}"), NAMES, HistoryRules.NONE);

            assertThat(differences).containsExactly(
                    "event [1] #2 PassStateEntered previousEventId: expected 0 but was 1",
                    "event [1] #2 PassStateEntered stateEnteredEventDetails.input: expected {} but was 1",
                    "event [1] #2 PassStateEntered stateEnteredEventDetails.inputDetails: missing (expected"
                            + " {\"truncated\":false})",
                    "event [1] #2 PassStateEntered stateEnteredEventDetails.extra: unexpected (value true)");
        }

        @Test
        void nameMissingAndUnexpectedEvents() {
            assertThat(RecordedHistory.differences(recorded, produced(), NAMES, HistoryRules.NONE))
                    .containsExactly("event [1] #2 PassStateEntered missing");
            assertThat(RecordedHistory.differences(recorded, produced(entered, "{'type': 'PassStateExited', 'id': 3,"
                    + " 'previousEventId': 2}"), NAMES, HistoryRules.NONE)).containsExactly(
                    "event [2] unexpected: {\"type\":\"PassStateExited\",\"id\":3,\"previousEventId\":2}");
        }

        @Test
        void tellIntegralFromDecimalNumbers() {
            JsonNode oneRecorded = json("[{'type': 'ExecutionStarted', 'id': 1, 'previousEventId': 0,"
                    + " 'executionStartedEventDetails': {'input': 1.0, 'inputDetails': {'truncated': false},"
                    + " 'roleArn': '<role-arn>'}}]");
            ArrayNode history = produced();
            ((com.fasterxml.jackson.databind.node.ObjectNode) history.get(0).get("executionStartedEventDetails"))
                    .put("input", "1");

            assertThat(RecordedHistory.differences(oneRecorded, history, NAMES, HistoryRules.NONE)).containsExactly(
                    "event [0] #1 ExecutionStarted executionStartedEventDetails.input: expected 1.0 but was 1");
        }
    }

    @Nested
    class UnorderedParallelBlocks {
        private static String event(String type, int id, int previous, String name) {
            return "{'type': '" + type + "', 'id': " + id + ", 'previousEventId': " + previous
                    + (name == null ? "}" : ", 'stateEnteredEventDetails': {'name': '" + name + "'}}");
        }

        private final JsonNode recorded = json("[{'type': 'ExecutionStarted', 'id': 1, 'previousEventId': 0,"
                + " 'executionStartedEventDetails': {'input': {}, 'inputDetails': {'truncated': false},"
                + " 'roleArn': '<role-arn>'}}, " + event("ParallelStateStarted", 2, 1, null) + ", "
                + event("PassStateEntered", 0, 0, "A") + ", " + event("PassStateEntered", 0, 0, "B") + ", "
                + event("ParallelStateExited", 6, 4, null) + "]");

        @Test
        void compareBranchEventsAsAMultisetAndDropSucceededAsTheRecordingDid() {
            ArrayNode history = produced(event("ParallelStateStarted", 2, 1, null), event("PassStateEntered", 3, 2, "B"),
                    event("PassStateEntered", 4, 2, "A"), event("ParallelStateSucceeded", 5, 4, null),
                    event("ParallelStateExited", 6, 4, null));

            assertThat(RecordedHistory.differences(recorded, history, NAMES, new HistoryRules(null, true))).isEmpty();
            assertThat(RecordedHistory.differences(recorded, history, NAMES, HistoryRules.NONE)).isNotEmpty();
        }

        @Test
        void reportABranchEventNotProduced() {
            ArrayNode history = produced(event("ParallelStateStarted", 2, 1, null), event("PassStateEntered", 3, 2, "B"),
                    event("PassStateEntered", 4, 2, "C"), event("ParallelStateSucceeded", 5, 4, null),
                    event("ParallelStateExited", 6, 4, null));

            assertThat(RecordedHistory.differences(recorded, history, NAMES, new HistoryRules(null, true)))
                    .containsExactly("event [2] #0 PassStateEntered (unordered Parallel block) not produced:"
                                    + " {\"type\":\"PassStateEntered\",\"id\":0,\"previousEventId\":0,"
                                    + "\"stateEnteredEventDetails\":{\"name\":\"A\"}}",
                            "event [2..4) (unordered Parallel block) unexpected: {\"type\":\"PassStateEntered\","
                                    + "\"id\":0,\"previousEventId\":0,\"stateEnteredEventDetails\":{\"name\":\"C\"}}");
        }
    }
}
