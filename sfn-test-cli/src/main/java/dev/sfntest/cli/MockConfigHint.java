package dev.sfntest.cli;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.sfntest.data.Json;
import dev.sfntest.engine.UnmockedTaskException;
import java.nio.file.Path;

/**
 * The unmocked-Task message of {@code run --mock-config}: its hint shows where the state goes in
 * the MockConfigFile (a test case maps it to a named response in {@code MockedResponses}), not
 * the case-file or Java shape.
 */
final class MockConfigHint {
    private MockConfigHint() {
    }

    /** The exception's message with a MockConfigFile-shaped hint, or as it is when the state is unknown. */
    static String message(UnmockedTaskException e, Path mockConfig, MockSelection selection) {
        if (e.stateName() == null) {
            return e.getMessage();
        }
        String state = quoted(e.stateName());
        String response = quoted(e.stateName() + "Response");
        return e.withHint("Mock it in " + mockConfig + ": map the state to a response in the "
                + "test case, and define the response, for example\n  {\"StateMachines\": {"
                + quoted(selection.stateMachine()) + ": {\"TestCases\": {" + quoted(selection.testCase()) + ": {"
                + state + ": " + response + "}}}}, \"MockedResponses\": {" + response + ": {\"" + e.attempt()
                + "\": {\"Return\": {}}}}}").getMessage();
    }

    private static String quoted(String text) {
        return Json.write(TextNode.valueOf(text));
    }
}
