package dev.sfntest.property;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.sfntest.asl.StateMachine;
import dev.sfntest.engine.TaskHandler;
import dev.sfntest.property.internal.ScheduledTasks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A fault for each Task state and invocation: invocation {@code n} of a state (its
 * {@link dev.sfntest.engine.TaskInvocation#attempt() attempt}, counted across retries, loops and
 * Map iterations) gets {@code byState.get(state).get(n)}; an invocation past the list succeeds at
 * once.
 *
 * <pre>{@code
 * FaultSchedule faults = FaultSchedule.none()
 *         .with("Charge", 0, Fault.error("Lambda.ServiceException", Duration.ZERO))
 *         .with("Charge", 1, Fault.success(Duration.ofSeconds(2)));
 * TaskHandler handler = faults.asTaskHandler(machine, TaskMocks.of(...));   // successes from the mocks
 * ExecutionResult result = Engine.builder().taskHandler(handler).build().execute(machine, input);
 * faults.toString();   // "Charge#0 Lambda.ServiceException, Charge#1 success after 2s"
 * }</pre>
 *
 * @param byState the faults of each state's invocations, in order
 */
@API(status = EXPERIMENTAL)
public record FaultSchedule(Map<String, List<Fault>> byState) {
    /** Copies the map and lists, keeping their order. */
    public FaultSchedule {
        Map<String, List<Fault>> copy = new LinkedHashMap<>();
        byState.forEach((state, faults) -> copy.put(state, List.copyOf(faults)));
        byState = Collections.unmodifiableMap(copy);
    }

    /** No faults: every invocation succeeds at once. */
    public static FaultSchedule none() {
        return new FaultSchedule(Map.of());
    }

    /** The fault of invocation {@code invocation} (0-based) of {@code state}. */
    public Fault at(String state, int invocation) {
        List<Fault> faults = byState.getOrDefault(state, List.of());
        return invocation < faults.size() ? faults.get(invocation) : Fault.success(Duration.ZERO);
    }

    /** The same schedule with invocation {@code invocation} of {@code state} given {@code fault}. */
    public FaultSchedule with(String state, int invocation, Fault fault) {
        Objects.requireNonNull(fault, "fault");
        Map<String, List<Fault>> copy = new LinkedHashMap<>(byState);
        List<Fault> faults = new ArrayList<>(copy.getOrDefault(state, List.of()));
        while (faults.size() <= invocation) {
            faults.add(Fault.success(Duration.ZERO));
        }
        faults.set(invocation, fault);
        copy.put(state, faults);
        return new FaultSchedule(copy);
    }

    /** How many invocations raise an error. */
    public int errorCount() {
        return (int) byState.values().stream().flatMap(List::stream).filter(f -> !f.isSuccess()).count();
    }

    /**
     * A task handler that plays this schedule for {@code machine}: successes are answered by
     * {@code successes} (or, when it is {@code null}, return the task's input) after the fault's
     * duration; errors are raised as AWS raises them ({@code States.Timeout} as a task running past
     * its TimeoutSeconds when it has one).
     */
    public TaskHandler asTaskHandler(StateMachine machine, TaskHandler successes) {
        return new ScheduledTasks(this::at, machine, successes);
    }

    /** The notable faults, {@code Charge#0 PaymentDeclined, Ship#1 success after 3s}, or {@code none}. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        byState.forEach((state, faults) -> {
            for (int i = 0; i < faults.size(); i++) {
                if (faults.get(i).isNotable()) {
                    parts.add(state + "#" + i + " " + faults.get(i));
                }
            }
        });
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }
}
