package dev.sfntest.junit5.internal;

import dev.sfntest.asl.StateMachine;
import dev.sfntest.report.Coverage;
import dev.sfntest.report.ExecutionPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The coverage of each definition by the executions of a test class or a run. Tests of one
 * class may run in parallel, so every method is synchronized.
 */
final class CoverageCollector {
    private final Map<String, Coverage> byDefinition = new LinkedHashMap<>();

    synchronized void record(DefinitionRef ref, StateMachine machine, ExecutionPath path) {
        Coverage coverage = Coverage.of(machine, List.of(path));
        byDefinition.merge(ref.toString(), coverage, Coverage::merge);
    }

    synchronized Map<String, Coverage> snapshot() {
        return new LinkedHashMap<>(byDefinition);
    }

    /** Exercised items / items, over every definition; 1.0 when nothing ran. */
    synchronized double ratio() {
        int total = byDefinition.values().stream().mapToInt(Coverage::total).sum();
        int exercised = byDefinition.values().stream().mapToInt(Coverage::exercised).sum();
        return total == 0 ? 1.0 : (double) exercised / total;
    }
}
