package dev.sfntest.data.jsonata;

/**
 * AWS's definition-time rule: an expression may not start from {@code $} (the context value) or
 * {@code $$}; state data is reached through {@code $states} and variables.
 */
final class TopLevelCheck {
    private TopLevelCheck() {
    }

    static void check(String text) {
        String trimmed = text.strip();
        if (trimmed.equals("$") || trimmed.startsWith("$$") || trimmed.startsWith("$.") || trimmed.startsWith("$[")) {
            throw new JsonataSyntaxException("The JSONata expression '" + text + "' refers to '$' or '$$' at its "
                    + "top level, which Step Functions does not allow; use $states.input or $states.context");
        }
    }
}
