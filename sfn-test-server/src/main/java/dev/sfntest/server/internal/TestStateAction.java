package dev.sfntest.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code TestState} action's place in the dispatcher. The offline TestState engine lives in
 * core ({@code dev.sfntest.teststate}); until it is wired here, the action answers an
 * {@code UnknownOperationException} that says so.
 */
final class TestStateAction {
    private TestStateAction() {
    }

    static void register(Dispatcher dispatcher) {
        dispatcher.add("TestState", TestStateAction::testState);
    }

    static ObjectNode testState(JsonRequest request) {
        throw ApiException.unknownOperation("TestState is not served by this sfn-test server yet");
    }
}
