package dev.sfntest.engine.internal;

import dev.sfntest.data.ErrorNames;

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

    /** The error that ends the execution whose state {@code stateName} output a value nested too deep. */
    static ExecutionTermination exceeded(String stateName) {
        return new ExecutionTermination(ErrorNames.RUNTIME, "The output of the state '" + stateName
                + "' nests deeper than " + MAX_DEPTH + " levels, the most sfn-test handles");
    }
}
