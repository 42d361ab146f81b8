package dev.sfntest.property.internal;

import dev.sfntest.asl.StateMachine;
import dev.sfntest.asl.TaskState;
import dev.sfntest.data.ErrorNames;
import dev.sfntest.engine.TaskHandler;
import dev.sfntest.engine.TaskInvocation;
import dev.sfntest.engine.TaskOutcome;
import dev.sfntest.property.Fault;
import dev.sfntest.property.FaultSchedule;
import java.time.Duration;

/** Plays a {@link FaultSchedule}: injected errors as AWS raises them, successes from the wrapped handler. */
public final class ScheduledTasks implements TaskHandler {
    /** The cause of every injected error. */
    public static final String CAUSE = "injected fault";

    private final FaultSchedule schedule;
    private final StateIndex states;
    private final TaskHandler successes;

    /** @param successes answers the invocations that succeed; {@code null} returns the task's input */
    public ScheduledTasks(FaultSchedule schedule, StateMachine machine, TaskHandler successes) {
        this.schedule = schedule;
        this.states = StateIndex.of(machine);
        this.successes = successes;
    }

    @Override
    public TaskOutcome handle(TaskInvocation invocation) {
        Fault fault = schedule.at(invocation.stateName(), invocation.attempt());
        if (fault.isSuccess()) {
            TaskOutcome outcome = successes == null ? TaskOutcome.success(invocation.input())
                    : successes.handle(invocation);
            return outcome == null || fault.duration().isZero() ? outcome : outcome.after(fault.duration());
        }
        TaskState task = states.state(invocation.stateName()) instanceof TaskState t ? t : null;
        if (ErrorNames.TIMEOUT.equals(fault.error()) && task != null && task.timeoutSeconds() != null
                && task.timeoutSeconds().isIntegralNumber()) {
            Duration past = Duration.ofSeconds(task.timeoutSeconds().longValue() + 1);
            return TaskOutcome.success(invocation.input()).after(past);
        }
        if (ErrorNames.HEARTBEAT_TIMEOUT.equals(fault.error()) && task != null && task.heartbeatSeconds() != null
                && task.heartbeatSeconds().isIntegralNumber()) {
            // no heartbeat for longer than HeartbeatSeconds: the engine times the task out itself
            Duration silent = Duration.ofSeconds(task.heartbeatSeconds().longValue() + 1);
            return TaskOutcome.success(invocation.input()).after(silent);
        }
        return TaskOutcome.failure(fault.error(), CAUSE).after(fault.duration());
    }
}
