package dev.sfntest.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** The actions by name ({@code X-Amz-Target: AWSStepFunctions.<Action>}). */
final class Dispatcher {
    private final Map<String, Function<JsonRequest, ObjectNode>> actions = new TreeMap<>();

    void add(String action, Function<JsonRequest, ObjectNode> handler) {
        actions.put(action, handler);
    }

    /** @throws ApiException {@code UnknownOperationException} for an action the server does not know */
    ObjectNode dispatch(String action, JsonRequest request) {
        Function<JsonRequest, ObjectNode> handler = actions.get(action);
        if (handler == null) {
            throw ApiException.unknownOperation("The sfn-test server does not know the action '" + action
                    + "'; it serves " + String.join(", ", actions.keySet()));
        }
        return handler.apply(request);
    }

    boolean knows(String action) {
        return actions.containsKey(action);
    }
}
