package dev.sfntest.teststate.internal;

import dev.sfntest.asl.Diagnostic;
import dev.sfntest.teststate.TestStateException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The validator's errors as AWS's {@code InvalidDefinition} message:
 * {@code Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: ... at /States/X/Type'}.
 */
final class DefinitionErrors {
    private static final String STATE_TYPES = "[Task, Wait, Pass, Succeed, Fail, Choice, Parallel, Map]";

    private DefinitionErrors() {
    }

    /**
     * @param statePrefix the pointer of a single tested state in its wrapping machine, removed from
     *     locations (AWS locates a single state's errors in the state itself), or empty
     */
    static TestStateException of(List<Diagnostic> diagnostics, String statePrefix) {
        String described = diagnostics.stream().filter(Diagnostic::isError)
                .map(d -> describe(d, location(d.location(), statePrefix)))
                .collect(Collectors.joining(", "));
        return TestStateException.invalidDefinition("Invalid State Machine Definition: '" + described + "'");
    }

    private static String location(String location, String statePrefix) {
        if (!statePrefix.isEmpty() && location.startsWith(statePrefix)) {
            String rest = location.substring(statePrefix.length());
            return rest.isEmpty() ? "/" : rest;
        }
        return location.isEmpty() ? "/" : location;
    }

    private static String describe(Diagnostic diagnostic, String location) {
        if ("UNKNOWN_STATE_TYPE".equals(diagnostic.code())) {
            return "SCHEMA_VALIDATION_FAILED: The field 'Type' should have one of these values: " + STATE_TYPES
                    + " at " + location;
        }
        return diagnostic.code() + ": " + diagnostic.message() + " at " + location;
    }
}
