package dev.sfntest.bench;

import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.cases.CaseFile;
import dev.sfntest.engine.Engine;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.mock.MockedResponses;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A workload of {@code shared/bench/workloads} made ready to run: its case file parsed, its
 * definition validated and built, its engine configured as {@code sfn-test cases} configures it.
 *
 * <pre>{@code
 * Workloads.Prepared loop = Workloads.prepare("loop-100k");
 * ExecutionResult result = loop.execute();
 * }</pre>
 */
final class Workloads {
    /** The names of the eight workloads. */
    static final String[] NAMES = {"noop", "loop-10k", "loop-100k", "map-10k", "parallel-fanout",
        "retry-backoff", "wait-1-year", "dataflow-heavy"};

    private Workloads() {
    }

    /** The shared folder: {@code -Dsfntest.shared=PATH}, default {@code ../shared}. */
    static Path shared() {
        Path folder = Path.of(System.getProperty("sfntest.shared", "../shared")).toAbsolutePath().normalize();
        if (!Files.isDirectory(folder.resolve("bench/workloads"))) {
            throw new IllegalStateException(folder + "/bench/workloads not found; point -Dsfntest.shared at a "
                    + "copy of the shared folder (bench/run passes SFNTEST_SHARED through)");
        }
        return folder;
    }

    /** The case file of a workload. */
    static Path file(String name) {
        return shared().resolve("bench/workloads").resolve(name + ".json");
    }

    /** Reads, validates and builds a workload; checks that it gives its expected result once. */
    static Prepared prepare(String name) {
        CaseFile file = CaseFile.read(file(name));
        StateMachine machine = Definitions.build(file.definition());
        Engine.Builder builder = Engine.builder().type(file.type()).stateMachineName(file.name());
        if (file.mocks() != null) {
            builder.taskHandler(MockedResponses.parse(file.mocks()));
        }
        Prepared prepared = new Prepared(file, machine, builder.build());
        ExecutionResult result = prepared.execute();
        String expected = file.expected().path("status").asText();
        if (!result.status().name().equals(expected)
                || !java.util.Objects.equals(result.output(), file.expected().get("output"))) {
            throw new IllegalStateException(name + " did not give its expected result: " + result.status()
                    + " " + result.error() + " " + result.cause());
        }
        return prepared;
    }

    /** A workload ready to run. */
    record Prepared(CaseFile file, StateMachine machine, Engine engine) {
        /** One execution, as {@code sfn-test cases} runs it (minus reading the file). */
        ExecutionResult execute() {
            return engine.execute(machine, file.input());
        }
    }
}
