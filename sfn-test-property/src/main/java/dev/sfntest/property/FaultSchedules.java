package dev.sfntest.property;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.sfntest.asl.FieldValue;
import dev.sfntest.asl.Retrier;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.asl.TaskState;
import dev.sfntest.property.internal.Collections;
import dev.sfntest.property.internal.ErrorMatching;
import dev.sfntest.property.internal.TaskTimeouts;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Makes generators of {@link FaultSchedule}s for a state machine: for each Task state (nested ones
 * too) and invocation, a success or an error drawn from the names its Retry and Catch mention,
 * {@code States.Timeout} (where the Task has a TimeoutSeconds), {@code States.HeartbeatTimeout}
 * (where it has a HeartbeatSeconds: the task falls silent, and AWS reports {@code States.Timeout})
 * and an error nobody handles ({@value #UNHANDLED_ERROR}), each after a virtual duration.
 * Schedules shrink towards "every task succeeds at once".
 *
 * <pre>{@code
 * Generator<FaultSchedule> faults = FaultSchedules.forMachine(machine, Duration.ofMinutes(5));
 * FaultSchedules.injectableErrors(machine);
 * // {Charge=[Lambda.ServiceException, PaymentDeclined, States.Timeout, Injected.UnhandledError]}
 * // (Charge has a TimeoutSeconds and no HeartbeatSeconds)
 * }</pre>
 */
@API(status = EXPERIMENTAL)
public final class FaultSchedules {
    /** The injected error that no Retry or Catch names. */
    public static final String UNHANDLED_ERROR = ErrorMatching.UNHANDLED;

    /** The longest task duration when none is given. */
    public static final Duration DEFAULT_MAX_TASK_DURATION = Duration.ofMinutes(1);

    private FaultSchedules() {
    }

    /** Schedules for {@code machine}, tasks running up to {@link #DEFAULT_MAX_TASK_DURATION}. */
    public static Generator<FaultSchedule> forMachine(StateMachine machine) {
        return forMachine(machine, DEFAULT_MAX_TASK_DURATION);
    }

    /**
     * Schedules for {@code machine}, tasks running up to {@code maxTaskDuration} (whole seconds,
     * and under each Task's own TimeoutSeconds: a timeout is a fault of its own). About one
     * invocation in four fails.
     */
    public static Generator<FaultSchedule> forMachine(StateMachine machine, Duration maxTaskDuration) {
        return schedules(machine, maxTaskDuration, false);
    }

    /**
     * As {@link #forMachine(StateMachine, Duration)}, also injecting errors each Task's operation
     * declares in AWS's API model and no Retry or Catch names (the first two, named as AWS raises
     * them: {@code Lambda.ResourceNotFoundException}, {@code SQS.InvalidMessageContentsException}),
     * so runs explore the errors AWS can really return.
     */
    public static Generator<FaultSchedule> forMachineWithModelledErrors(StateMachine machine, Duration maxTaskDuration) {
        return schedules(machine, maxTaskDuration, true);
    }

    /** The errors {@link #forMachineWithModelledErrors} injects into each Task state, by state name. */
    public static Map<String, List<String>> injectableErrorsWithModelled(StateMachine machine) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (TaskState task : dev.sfntest.property.internal.StateIndex.of(machine).tasks()) {
            out.put(task.name(), ErrorMatching.injectable(task, true));
        }
        return out;
    }

    private static Generator<FaultSchedule> schedules(StateMachine machine, Duration maxTaskDuration, boolean modelled) {
        Objects.requireNonNull(maxTaskDuration, "maxTaskDuration");
        Map<String, Generator<List<Fault>>> byState = new LinkedHashMap<>();
        for (TaskState task : dev.sfntest.property.internal.StateIndex.of(machine).tasks()) {
            byState.put(task.name(), Collections.lists(fault(task, maxTaskDuration, modelled), 0, slots(task)));
        }
        return source -> {
            Map<String, List<Fault>> faults = new LinkedHashMap<>();
            byState.forEach((state, generator) -> faults.put(state, generator.generate(source)));
            return new FaultSchedule(faults);
        };
    }

    /** Always {@link FaultSchedule#none()}: no faults, for checking inputs alone. */
    public static Generator<FaultSchedule> none() {
        return source -> FaultSchedule.none();
    }

    /** The errors schedules inject into each Task state, by state name. */
    public static Map<String, List<String>> injectableErrors(StateMachine machine) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (TaskState task : dev.sfntest.property.internal.StateIndex.of(machine).tasks()) {
            out.put(task.name(), ErrorMatching.injectable(task));
        }
        return out;
    }

    private static Generator<Fault> fault(TaskState task, Duration maxTaskDuration, boolean modelled) {
        List<String> errors = ErrorMatching.injectable(task, modelled);
        long maxSeconds = maxTaskDuration.getSeconds();
        for (FieldValue limit : new FieldValue[] {task.timeoutSeconds(), task.heartbeatSeconds()}) {
            Long seconds = TaskTimeouts.literal(limit);
            if (seconds != null) {
                maxSeconds = Math.min(maxSeconds, seconds - 1);
            }
        }
        long longest = Math.max(0, maxSeconds);
        return source -> {
            boolean fails = source.draw(3) == 3;
            String error = fails ? errors.get(source.pick(errors.size())) : null;
            return new Fault(error, Duration.ofSeconds(source.draw(longest)));
        };
    }

    /** Enough invocations to exhaust the retriers once, at least 2, at most 6. */
    private static int slots(TaskState task) {
        int retries = task.handling().retry().stream().mapToInt(Retrier::maxAttempts).sum();
        return Math.max(2, Math.min(6, retries + 1));
    }
}
