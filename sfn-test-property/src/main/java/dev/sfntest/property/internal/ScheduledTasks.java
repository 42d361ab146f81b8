package dev.sfntest.property.internal;

import dev.sfntest.asl.StateMachine;
import dev.sfntest.asl.TaskState;
import dev.sfntest.data.ErrorNames;
import dev.sfntest.engine.TaskHandler;
import dev.sfntest.engine.TaskInvocation;
import dev.sfntest.engine.TaskOutcome;
import dev.sfntest.property.Fault;
import java.util.function.BiFunction;

/**
 * Plays a fault schedule: injected errors as AWS raises them (timeouts raised by the engine
 * from the Task's own TimeoutSeconds and HeartbeatSeconds), successes from the wrapped handler.
 */
public final class ScheduledTasks implements TaskHandler {
    /** The cause of an injected error whose wording AWS leaves to the service. */
    public static final String CAUSE = InjectedErrors.CAUSE;

    private final BiFunction<String, Integer, Fault> schedule;
    private final StateIndex states;
    private final TaskHandler successes;

    /**
     * @param schedule the fault of each state name and 0-based attempt
     * @param successes answers the invocations that succeed; {@code null} returns the task's input
     */
    public ScheduledTasks(BiFunction<String, Integer, Fault> schedule, StateMachine machine, TaskHandler successes) {
        this.schedule = schedule;
        this.states = StateIndex.of(machine);
        this.successes = successes;
    }

    @Override
    public TaskOutcome handle(TaskInvocation invocation) {
        Fault fault = schedule.apply(invocation.stateName(), invocation.attempt());
        if (fault.isSuccess()) {
            TaskOutcome outcome = successes == null ? TaskOutcome.success(invocation.input())
                    : successes.handle(invocation);
            return outcome == null || fault.duration().isZero() ? outcome : outcome.after(fault.duration());
        }
        if (ErrorNames.TIMEOUT.equals(fault.error()) || ErrorNames.HEARTBEAT_TIMEOUT.equals(fault.error())) {
            // the engine times the task out itself, with AWS's error, events and (no) cause
            if (!(states.state(invocation.stateName()) instanceof TaskState task)) {
                throw new IllegalArgumentException("The fault " + fault.error() + " is scheduled for '"
                        + invocation.stateName() + "', which is not a Task state of this state machine");
            }
            return TaskTimeouts.timingOut(task, fault.error());
        }
        return InjectedErrors.of(invocation.resource(), fault.error()).after(fault.duration());
    }
}
