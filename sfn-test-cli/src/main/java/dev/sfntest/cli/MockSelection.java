package dev.sfntest.cli;

import dev.sfntest.mock.InvalidMockException;
import dev.sfntest.mock.MockConfigFile;
import dev.sfntest.mock.MockedResponses;
import java.nio.file.Path;
import java.util.List;

/**
 * Picks a test case out of a MockConfigFile: the state machine is the one named with
 * {@code --state-machine}, else the one named after the definition file, else the file's only one.
 */
final class MockSelection {
    private MockSelection() {
    }

    /**
     * The mocks of the test case.
     *
     * @param defaultMachine the definition's base name
     * @param chosenMachine {@code --state-machine}, or {@code null}
     */
    static MockedResponses select(Path mockConfig, String testCase, String defaultMachine, String chosenMachine) {
        try {
            MockConfigFile file = MockConfigFile.parse(CliFiles.readJson(mockConfig, "mock config"));
            String machine = machineName(file, defaultMachine, chosenMachine, mockConfig);
            return file.testCase(machine, testCase);
        } catch (InvalidMockException e) {
            throw CliException.usage(mockConfig + ": " + e.getMessage());
        }
    }

    /** The state machine whose test cases apply: the chosen one, the definition's, or the file's only one. */
    static String machineName(MockConfigFile file, String defaultMachine, String chosenMachine,
            Path mockConfig) {
        if (chosenMachine != null) {
            return chosenMachine;
        }
        List<String> names = file.stateMachineNames();
        if (names.contains(defaultMachine) || names.isEmpty()) {
            return defaultMachine;
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        throw CliException.usage(mockConfig + ": defines no state machine '" + defaultMachine
                + "' (the definition's file name) but " + names + "; pick one with --state-machine NAME");
    }
}
