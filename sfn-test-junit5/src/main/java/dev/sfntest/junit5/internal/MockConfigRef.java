package dev.sfntest.junit5.internal;

/**
 * A test case of a MockConfigFile.
 *
 * @param location a classpath resource, or {@code file:} and a path
 * @param testCase the test case
 * @param stateMachine the state machine's name in the file, or empty to infer it
 */
public record MockConfigRef(String location, String testCase, String stateMachine) {
    /** How the annotation reads, for messages. */
    String describe() {
        return "@MockConfig(value = \"" + location + "\", testCase = \"" + testCase + "\""
                + (stateMachine.isEmpty() ? "" : ", stateMachine = \"" + stateMachine + "\"") + ")";
    }
}
