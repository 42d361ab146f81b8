package dev.sfntest.property.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.property.GeneratedExecution;
import dev.sfntest.property.Fault;
import dev.sfntest.property.FaultSchedule;
import dev.sfntest.property.FaultSchedules;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.opentest4j.AssertionFailedError;

/**
 * Bounded model checking of fault schedules: runs the fault-free execution, then, breadth first
 * (fewest faults first), every execution with one more injected error at an invocation after the
 * last one injected, up to {@code maxFaults}. Each schedule runs once: the invocations before an injected error are
 * those of the schedule it extends.
 */
public final class Exhaustive {
    private record Slot(String state, int attempt) {
    }

    /** A schedule to run, its fault count, and the first invocation a further fault may go to. */
    private record Node(FaultSchedule schedule, int faults, int from) {
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
     * Explores every schedule, fewest faults first; returns how many ran.
     *
     * @throws AssertionFailedError on the first schedule that breaks an invariant, or when there
     *     are more than {@code maxSchedules}
     */
    public int explore() {
        Deque<Node> queue = new ArrayDeque<>();
        queue.add(new Node(FaultSchedule.none(), 0, 0));
        while (!queue.isEmpty()) {
            Node node = queue.removeFirst();
            List<Slot> slots = run(node.schedule());
            if (node.faults() == maxFaults) {
                continue;
            }
            for (int i = node.from(); i < slots.size(); i++) {
                Slot slot = slots.get(i);
                for (String error : errors.getOrDefault(slot.state(), List.of())) {
                    if (explored + queue.size() >= maxSchedules) {
                        throw new AssertionFailedError("The fault space is larger than " + maxSchedules
                                + " schedules with up to " + maxFaults + (maxFaults == 1 ? " fault" : " faults")
                                + ": the search stopped after running " + explored + " without a violation. "
                                + "Raise maxSchedules or lower maxFaults.");
                    }
                    queue.addLast(new Node(node.schedule().with(slot.state(), slot.attempt(),
                            Fault.error(error, Duration.ZERO)), node.faults() + 1, i + 1));
                }
            }
        }
        return explored;
    }

    /** Runs and checks one schedule; returns the invocations it made, in order. */
    private List<Slot> run(FaultSchedule schedule) {
        List<Slot> invoked = new ArrayList<>();
        GeneratedExecution execution = runs.run(new Scenario(input, schedule, engineSeed),
                (state, attempt) -> invoked.add(new Slot(state, attempt)));
        List<Slot> slots = List.copyOf(invoked);   // invariants may run the execution again
        explored++;
        CaseFailure failure = runs.violation(execution);
        if (failure != null) {
            throw new AssertionFailedError(WorkflowRuns.describe("Exhaustive check failed on fault schedule "
                    + explored + " (up to " + maxFaults + (maxFaults == 1 ? " fault)" : " faults)"), failure,
                    execution));
        }
        return slots;
    }
}
