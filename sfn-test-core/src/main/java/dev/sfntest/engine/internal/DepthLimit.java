package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.ErrorNames;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * The deepest nesting a state's output may reach, {@value #MAX_DEPTH} levels: as deep as JSON text
 * may nest to be read back. A loop that wraps its input in a new object at each turn would
 * otherwise build a value that every recursive walk (writing, comparing, sizing it) overflows on.
 * AWS documents no such limit; this is sfn-test's.
 */
final class DepthLimit {
    static final int MAX_DEPTH = 1000;

    private DepthLimit() {
    }

    /** Ends the execution when {@code output} of {@code stateName} nests deeper than the limit. */
    static void check(String stateName, JsonNode output) {
        if (exceeds(output)) {
            throw new ExecutionTermination(ErrorNames.RUNTIME, "The output of the state '" + stateName
                    + "' nests deeper than " + MAX_DEPTH + " levels, the most sfn-test handles");
        }
    }

    /** Whether the value nests deeper than {@value #MAX_DEPTH} levels; walked without recursion. */
    static boolean exceeds(JsonNode value) {
        if (value == null || !value.isContainerNode()) {
            return false;
        }
        Deque<Iterator<JsonNode>> open = new ArrayDeque<>();
        open.push(value.elements());
        while (!open.isEmpty()) {
            Iterator<JsonNode> children = open.peek();
            if (!children.hasNext()) {
                open.pop();
                continue;
            }
            JsonNode child = children.next();
            if (child.isContainerNode()) {
                if (open.size() >= MAX_DEPTH) {
                    return true;
                }
                open.push(child.elements());
            }
        }
        return false;
    }
}
