package dev.sfntest.server.internal;

import java.util.List;

/**
 * What one execution's test case did with its mocks, as {@code TaskMocks} reports it in a JUnit
 * test or {@code sfn-test run}.
 *
 * @param testCase the MockConfigFile test case
 * @param unusedMocks one line per mock not used up (never called, or for fewer attempts than it scripts)
 * @param nearMisses one report per Task no mock answered, with the closest mocks
 * @param warnings one line per mocked error its Task can never raise
 */
record MockReport(String testCase, List<String> unusedMocks, List<String> nearMisses, List<String> warnings) {

    /** Whether there is anything to tell. */
    boolean hasFindings() {
        return !unusedMocks.isEmpty() || !nearMisses.isEmpty() || !warnings.isEmpty();
    }
}
