package dev.sfntest.mock;

import dev.sfntest.engine.TaskInvocation;
import dev.sfntest.engine.TaskOutcome;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * One link of a {@link TaskMock}'s script: a fixed outcome or an answer, repeated {@code times}
 * times, each taking {@code after} of virtual time ({@code null}: the outcome's own duration).
 */
record ScriptStep(TaskOutcome fixed, Function<TaskInvocation, TaskOutcome> answer, Duration after, int times,
        List<Duration> heartbeats) {

    static ScriptStep of(TaskOutcome outcome) {
        return new ScriptStep(outcome, null, null, 1, List.of());
    }

    static ScriptStep answering(Function<TaskInvocation, TaskOutcome> answer) {
        return new ScriptStep(null, answer, null, 1, List.of());
    }

    ScriptStep times(int count) {
        return new ScriptStep(fixed, answer, after, count, heartbeats);
    }

    ScriptStep after(Duration duration) {
        return new ScriptStep(fixed, answer, duration, times, heartbeats);
    }

    ScriptStep withHeartbeats(List<Duration> offsets) {
        return new ScriptStep(fixed, answer, after, times, List.copyOf(offsets));
    }

    /** The outcome for one invocation, or {@code null} when an answer declines it. */
    TaskOutcome respond(TaskInvocation invocation) {
        TaskOutcome outcome = fixed != null ? fixed : answer.apply(invocation);
        if (outcome == null) {
            return null;
        }
        TaskOutcome timed = after == null ? outcome : outcome.after(after);
        return heartbeats.isEmpty() ? timed : timed.withHeartbeats(heartbeats.toArray(new Duration[0]));
    }
}
