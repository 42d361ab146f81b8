package dev.sfntest.cli;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.sfntest.data.Json;
import dev.sfntest.engine.UnmockedTaskException;
import dev.sfntest.mock.MockConfigFile;
import java.nio.file.Path;

/**
 * The unmocked-Task message of {@code run --mock-config}: its hint shows where the state goes in
 * the MockConfigFile (a test case maps it to a named response in {@code MockedResponses}), not
 * the case-file shape.
 */
final class MockConfigHint {
    private static final String CASE_FILE_HINT = "\n  Mock it by state name";

    private MockConfigHint() {
    }

    /** The exception's message with a MockConfigFile-shaped hint, or as it is when the state is unknown. */
    static String message(UnmockedTaskException e, Path mockConfig, String testCase, String defaultMachine,
            String chosenMachine) {
        String message = e.getMessage();
        int cut = message.indexOf(CASE_FILE_HINT);
        if (e.stateName() == null || cut < 0) {
            return message;
        }
        String machine = MockSelection.machineName(MockConfigFile.parse(CliFiles.readJson(mockConfig, "mock config")),
                defaultMachine, chosenMachine, mockConfig);
        String state = quoted(e.stateName());
        String response = quoted(e.stateName() + "Response");
        return message.substring(0, cut) + "\n  Mock it in " + mockConfig + ": map the state to a response in the "
                + "test case, and define the response, for example\n  {\"StateMachines\": {" + quoted(machine)
                + ": {\"TestCases\": {" + quoted(testCase) + ": {" + state + ": " + response + "}}}}, "
                + "\"MockedResponses\": {" + response + ": {\"" + e.attempt() + "\": {\"Return\": {}}}}}";
    }

    private static String quoted(String text) {
        return Json.write(TextNode.valueOf(text));
    }
}
