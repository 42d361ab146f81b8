package dev.sfntest.mock;

import dev.sfntest.engine.TaskInvocation;
import dev.sfntest.engine.TaskOutcome;
import java.time.Duration;
import java.util.function.Function;

/**
 * One link of a {@link TaskMock}'s script: a fixed outcome or an answer, repeated {@code times}
 * times, each taking {@code after} of virtual time ({@code null}: the outcome's own duration).
 */
record ScriptStep(TaskOutcome fixed, Function<TaskInvocation, TaskOutcome> answer, Duration after, int times) {

    static ScriptStep of(TaskOutcome outcome) {
        return new ScriptStep(outcome, null, null, 1);
    }

    static ScriptStep answering(Function<TaskInvocation, TaskOutcome> answer) {
        return new ScriptStep(null, answer, null, 1);
    }

    ScriptStep times(int count) {
        return new ScriptStep(fixed, answer, after, count);
    }

    ScriptStep after(Duration duration) {
        return new ScriptStep(fixed, answer, duration, times);
    }

    /** The outcome for one invocation, or {@code null} when an answer declines it. */
    TaskOutcome respond(TaskInvocation invocation) {
        TaskOutcome outcome = fixed != null ? fixed : answer.apply(invocation);
        return outcome == null || after == null ? outcome : outcome.after(after);
    }
}
