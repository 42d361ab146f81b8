package dev.sfntest.junit5.internal;

import java.util.List;

/**
 * Where a test's definition comes from.
 *
 * @param location a classpath resource, or {@code file:} and a path
 * @param substitutions {@code Name=Value} placeholder replacements
 */
public record DefinitionRef(String location, List<String> substitutions) {
    /** Copies the list. */
    public DefinitionRef {
        substitutions = List.copyOf(substitutions);
    }

    /** The file name without directories and extensions: {@code hello} for {@code hello/hello.asl.json}. */
    public String baseName() {
        String name = location.substring(Math.max(location.lastIndexOf('/'), location.lastIndexOf(':')) + 1);
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    @Override
    public String toString() {
        return substitutions.isEmpty() ? location : location + " " + substitutions;
    }
}
