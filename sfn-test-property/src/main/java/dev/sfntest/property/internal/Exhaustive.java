package dev.sfntest.property.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.property.Execution;
import dev.sfntest.property.Fault;
import dev.sfntest.property.FaultSchedule;
import dev.sfntest.property.FaultSchedules;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opentest4j.AssertionFailedError;

/**
 * Bounded model checking of fault schedules: runs the fault-free execution, then, depth first,
 * every execution with one more injected error at an invocation after the last one injected, up
 * to {@code maxFaults}. Each schedule runs once: the invocations before an injected error are
 * those of the schedule it extends.
 */
public final class Exhaustive {
    private record Slot(String state, int attempt) {
    }

    private final WorkflowRuns runs;
    private final JsonNode input;
    private final long engineSeed;
    private final int maxFaults;
    private final int maxSchedules;
    private final Map<String, List<String>> errors;
    private int explored;

    /** A search of {@code runs}' machine with {@code input}. */
    public Exhaustive(WorkflowRuns runs, JsonNode input, long engineSeed, int maxFaults, int maxSchedules) {
        this.runs = runs;
        this.input = input;
        this.engineSeed = engineSeed;
        this.maxFaults = maxFaults;
        this.maxSchedules = maxSchedules;
        this.errors = FaultSchedules.injectableErrors(runs.machine());
    }

    /**
     * Explores every schedule; returns how many ran.
     *
     * @throws AssertionFailedError on the first schedule that breaks an invariant, or when there
     *     are more than {@code maxSchedules}
     */
    public int explore() {
        explore(FaultSchedule.none(), 0, 0);
        return explored;
    }

    private void explore(FaultSchedule schedule, int faults, int from) {
        List<Slot> invoked = new ArrayList<>();
        Execution execution = runs.run(new Scenario(input, schedule, engineSeed),
                (state, attempt) -> invoked.add(new Slot(state, attempt)));
        List<Slot> slots = List.copyOf(invoked);   // invariants may run the execution again
        explored++;
        CaseFailure failure = runs.violation(execution);
        if (failure != null) {
            throw new AssertionFailedError(WorkflowRuns.describe("Exhaustive check failed on fault schedule "
                    + explored + " (up to " + maxFaults + (maxFaults == 1 ? " fault)" : " faults)"), failure, execution));
        }
        if (faults == maxFaults) {
            return;
        }
        for (int i = from; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            for (String error : errors.getOrDefault(slot.state(), List.of())) {
                if (explored >= maxSchedules) {
                    throw new AssertionFailedError("The fault space is larger than " + maxSchedules
                            + " schedules: " + explored + " with up to " + maxFaults
                            + (maxFaults == 1 ? " fault" : " faults") + " ran without a violation before the search "
                            + "stopped. Raise maxSchedules or lower maxFaults.");
                }
                explore(schedule.with(slot.state(), slot.attempt(), Fault.error(error, Duration.ZERO)), faults + 1,
                        i + 1);
            }
        }
    }
}
