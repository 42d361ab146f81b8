package dev.sfntest.junit5.internal;

import java.util.List;

/**
 * Where a test's definition comes from.
 *
 * @param location a classpath resource, or {@code file:} and a path
 * @param substitutions {@code Name=Value} placeholder replacements
 * @param stateMachine the logical id of a state machine in a template, empty for a plain
 *     definition or a template's only state machine
 */
public record DefinitionRef(String location, List<String> substitutions, String stateMachine) {
    /** Copies the list. */
    public DefinitionRef {
        substitutions = List.copyOf(substitutions);
    }

    /** A plain definition, or a template's only state machine. */
    public DefinitionRef(String location, List<String> substitutions) {
        this(location, substitutions, "");
    }

    /**
     * The logical id of a template's state machine, else the file name without directories and
     * extensions: {@code hello} for {@code hello/hello.asl.json}.
     */
    public String baseName() {
        if (!stateMachine.isEmpty()) {
            return stateMachine;
        }
        String name = location.substring(Math.max(location.lastIndexOf('/'), location.lastIndexOf(':')) + 1);
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    @Override
    public String toString() {
        String where = stateMachine.isEmpty() ? location : location + "#" + stateMachine;
        return substitutions.isEmpty() ? where : where + " " + substitutions;
    }
}
