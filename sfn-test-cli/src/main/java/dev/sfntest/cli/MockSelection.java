package dev.sfntest.cli;

import dev.sfntest.mock.InvalidMockException;
import dev.sfntest.mock.MockConfigFile;
import dev.sfntest.mock.MockedResponses;
import dev.sfntest.mock.TaskMocks;
import java.nio.file.Path;

/**
 * A test case out of a MockConfigFile, as {@link MockConfigFile} picks it for JUnit tests too:
 * the state machine is the one named with {@code --state-machine}, else the one named after the
 * definition file, else the file's only one.
 *
 * @param file the MockConfigFile
 * @param stateMachine the state machine whose test case applies
 * @param testCase the test case
 */
record MockSelection(MockConfigFile file, String stateMachine, String testCase) {

    /**
     * Reads the file and picks the state machine.
     *
     * @param defaultMachine the definition's base name
     * @param chosenMachine {@code --state-machine}, or {@code null}
     * @throws CliException (usage) when the file cannot be used
     */
    static MockSelection select(Path mockConfig, String testCase, String defaultMachine, String chosenMachine) {
        try {
            MockConfigFile file = MockConfigFile.parse(CliFiles.readJson(mockConfig, "mock config"));
            String machine = chosenMachine != null ? chosenMachine : file.stateMachineName(defaultMachine);
            file.testCase(machine, testCase);
            return new MockSelection(file, machine, testCase);
        } catch (InvalidMockException e) {
            throw CliException.usage(mockConfig + ": " + e.getMessage()
                    + (chosenMachine == null && e.getMessage().endsWith("choose one by name")
                            ? " with --state-machine NAME" : ""));
        }
    }

    /** The test case's scripts, for warnings about them. */
    MockedResponses responses() {
        return file.testCase(stateMachine, testCase);
    }

    /** The test case's mocks: strict, recording, reporting near misses, as in a JUnit test. */
    TaskMocks mocks() {
        return file.mocks(stateMachine, testCase);
    }
}
