package dev.sfntest.property.internal;

import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.Json;
import dev.sfntest.engine.Engine;
import dev.sfntest.engine.TaskHandler;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.property.GeneratedExecution;
import dev.sfntest.property.Invariant;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/** Runs scenarios of one machine and checks them against the invariants, recording coverage. */
public final class WorkflowRuns {
    private static final int PATH_SHOWN = 40;

    private final StateMachine machine;
    private final TaskHandler successes;
    private final UnaryOperator<Engine.Builder> settings;
    private final List<Invariant> invariants;
    private final CoverageRecorder coverage;

    /** @param settings applied to each engine's builder after the task handler and seed */
    public WorkflowRuns(StateMachine machine, TaskHandler successes, UnaryOperator<Engine.Builder> settings,
            List<Invariant> invariants, CoverageRecorder coverage) {
        this.machine = machine;
        this.successes = successes;
        this.settings = settings;
        this.invariants = List.copyOf(invariants);
        this.coverage = coverage;
    }

    /** Runs {@code scenario}; {@code invoked} (or {@code null}) hears each task invocation's state and attempt. */
    public GeneratedExecution run(Scenario scenario, BiConsumer<String, Integer> invoked) {
        TaskHandler scheduled = scenario.faults().asTaskHandler(machine, successes);
        TaskHandler handler = invoked == null ? scheduled : invocation -> {
            invoked.accept(invocation.stateName(), invocation.attempt());
            return scheduled.handle(invocation);
        };
        Engine engine = settings.apply(Engine.builder().taskHandler(handler).seed(scenario.engineSeed())).build();
        return new GeneratedExecution(machine, scenario.input(), scenario.faults(), scenario.engineSeed(),
                engine.execute(machine, scenario.input()), engine);
    }

    /** Runs and checks {@code scenario}: {@code null} when every invariant holds. */
    public CaseFailure check(Scenario scenario) {
        return violation(run(scenario, null));
    }

    /** The first invariant {@code execution} breaks, or {@code null}; records its coverage. */
    public CaseFailure violation(GeneratedExecution execution) {
        coverage.record(execution.result());
        for (Invariant invariant : invariants) {
            String violation;
            try {
                violation = invariant.violation(execution);
            } catch (RuntimeException thrown) {
                return new CaseFailure(invariant.name(), "the invariant threw " + Describe.throwable(thrown), thrown);
            }
            if (violation != null) {
                return new CaseFailure(invariant.name(), violation, null);
            }
        }
        return null;
    }

    /** The body of a failure report: the invariant, the violation, and the case. */
    public static String describe(String headline, CaseFailure failure, GeneratedExecution execution) {
        List<String> path = execution.path();
        String shown = String.join(" -> ", path.subList(0, Math.min(PATH_SHOWN, path.size())))
                + (path.size() > PATH_SHOWN ? " -> ... (" + path.size() + " states)" : "");
        return headline + ": " + failure.key() + "."
                + "\nViolation: " + failure.message()
                + "\nInput: " + Json.write(execution.input())
                + "\nFaults: " + execution.faults()
                + "\nEngine seed: " + execution.engineSeed()
                + "\nPath: " + shown
                + "\nResult: " + result(execution.result());
    }

    private static String result(ExecutionResult result) {
        if (result.succeeded()) {
            return "SUCCEEDED with output " + Json.write(result.output());
        }
        return result.status() + " with " + result.error() + (result.cause() == null ? "" : " (" + result.cause() + ")");
    }

    /** The machine. */
    public StateMachine machine() {
        return machine;
    }
}
