package dev.sfntest.engine.internal;

import dev.sfntest.data.ErrorNames;

/**
 * A transition to a state the graph does not have. Validation refuses such a definition, except
 * when the name is a placeholder left unsubstituted ({@code "StartAt": "${First}"}), which
 * validation only warns of: running it ends the execution with {@code States.Runtime}.
 */
final class MissingState {
    private MissingState() {
    }

    static ExecutionTermination termination(String name) {
        return new ExecutionTermination(ErrorNames.RUNTIME, "The state machine has no state named '" + name + "'"
                + (name.contains("${") ? "; it is a placeholder left unsubstituted: pass its value as a substitution"
                : ""));
    }
}
