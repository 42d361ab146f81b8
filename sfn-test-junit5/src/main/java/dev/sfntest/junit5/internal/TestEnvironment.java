package dev.sfntest.junit5.internal;

import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.InvalidJsonException;
import dev.sfntest.data.Json;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.engine.VirtualClock;
import dev.sfntest.mock.InvalidMockException;
import dev.sfntest.mock.MockConfigFile;
import dev.sfntest.mock.TaskMock;
import dev.sfntest.mock.TaskMocks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Everything one test owns: its settings, clock, mocks, runners (one per definition) and the
 * executions they ran. Lives in the test method's store; confined to the test's thread.
 */
final class TestEnvironment {
    private final TestSettings settings;
    private final DefinitionCache cache;
    private final ClassLoader loader;
    private final VirtualClock clock;
    private final List<TaskMock> configured = new ArrayList<>();
    private final List<TaskMock> added = new ArrayList<>();
    private final Map<DefinitionRef, Runner> runners = new LinkedHashMap<>();
    private final List<Ran> executions = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private TaskMocks mocks;

    TestEnvironment(TestSettings settings, DefinitionCache cache, ClassLoader loader) {
        this.settings = settings;
        this.cache = cache;
        this.loader = loader;
        this.clock = new VirtualClock(settings.startInstant());
        if (settings.definition() != null) {
            runner(settings.definition());
        }
        if (settings.mockConfig() != null) {
            configured.addAll(configuredMocks(settings.mockConfig()).mocks());
        }
    }

    /** The test case's mocks, made as the CLI and case runs make them ({@link MockConfigFile#mocks}). */
    private TaskMocks configuredMocks(MockConfigRef ref) {
        String text = ClasspathResources.read(ref.location(), "MockConfigFile", loader);
        try {
            MockConfigFile file = MockConfigFile.parse(Json.parse(text));
            String machine = ref.stateMachine();
            if (machine.isEmpty()) {
                List<String> names = file.stateMachineNames();
                if (names.size() != 1 && settings.definition() == null) {
                    throw new ExtensionConfigurationException(ref.describe() + ": the file defines the state "
                            + "machines " + names + "; choose one with stateMachine = \"...\"");
                }
                machine = file.stateMachineName(settings.definition() == null ? null
                        : settings.definition().baseName());
            }
            return file.mocks(machine, ref.testCase());
        } catch (InvalidMockException e) {
            throw new ExtensionConfigurationException(ref.describe() + ": " + e.getMessage());
        } catch (InvalidJsonException e) {
            throw new ExtensionConfigurationException(ref.describe() + ": the file is not JSON: "
                    + e.getMessage());
        }
    }

    /** The runner of {@code ref}, made on first use. */
    Runner runner(DefinitionRef ref) {
        return runners.computeIfAbsent(ref, r -> {
            Runner made = new Runner(this, r, cache.get(r, loader));
            warnings.addAll(cache.unannouncedWarnings(r, loader));
            return made;
        });
    }

    /** The warnings about the definitions loaded since the last call, each given once a run. */
    List<String> drainWarnings() {
        List<String> drained = List.copyOf(warnings);
        warnings.clear();
        return drained;
    }

    /** The runner of the method's or class's definition. */
    Runner defaultRunner(String test) {
        if (settings.definition() == null) {
            throw new ExtensionConfigurationException(Messages.noDefinition(test));
        }
        return runner(settings.definition());
    }

    StateMachine machine(DefinitionRef ref) {
        return runner(ref).stateMachine();
    }

    TestSettings settings() {
        return settings;
    }

    VirtualClock clock() {
        return clock;
    }

    void add(TaskMock... more) {
        if (mocks != null) {
            throw new IllegalStateException("The mocks are fixed once a run started or the test took them "
                    + "(a TaskMocks parameter, mocks()); add mocks before");
        }
        added.addAll(List.of(more));
    }

    TaskMocks mocks() {
        if (mocks == null) {
            List<TaskMock> all = new ArrayList<>(configured);
            all.addAll(added);
            TaskMocks built = TaskMocks.of(all);
            mocks = settings.lenient() ? built.lenient() : built;
        }
        return mocks;
    }

    /** Whether any mock was built (and may be checked for use). */
    boolean hasMocks() {
        return mocks != null;
    }

    void ran(DefinitionRef ref, StateMachine machine, ExecutionResult result) {
        executions.add(new Ran(ref, machine, result));
    }

    List<Ran> executions() {
        runners.values().forEach(Runner::harvest);
        return List.copyOf(executions);
    }

    /** One execution of the test, with the definition it ran. */
    record Ran(DefinitionRef ref, StateMachine machine, ExecutionResult result) {
    }
}
