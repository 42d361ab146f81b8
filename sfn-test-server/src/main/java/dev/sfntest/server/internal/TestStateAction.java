package dev.sfntest.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.engine.TaskHandler;
import dev.sfntest.engine.TaskOutcome;
import dev.sfntest.teststate.TestStateException;
import dev.sfntest.teststate.TestStateJson;
import dev.sfntest.teststate.TestStateRequest;
import dev.sfntest.teststate.TestStates;

/**
 * The {@code TestState} action: core's offline TestState ({@code dev.sfntest.teststate}) behind
 * AWS's wire shape. A Task state without a mock is answered by the Lambda endpoint when one is set
 * and the Task calls Lambda; otherwise TestState refuses it, as it does offline.
 */
final class TestStateAction {
    private TestStateAction() {
    }

    static void register(Dispatcher dispatcher, Backend backend) {
        dispatcher.add("TestState", request -> testState(request, backend.lambda));
    }

    static ObjectNode testState(JsonRequest request, LambdaEndpoint lambda) {
        TaskHandler handler = lambda == null ? null : invocation -> LambdaEndpoint.handles(invocation.resource())
                ? lambda.invoke(invocation) : (TaskOutcome) null;
        try {
            return TestStateJson.json(TestStates.run(TestStateJson.request(request.body()), handler));
        } catch (TestStateException e) {
            throw ApiException.service(e.code(), e.getMessage());
        }
    }
}
