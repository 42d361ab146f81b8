package dev.sfntest.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.TaskInvocation;
import dev.sfntest.engine.TaskOutcome;
import dev.sfntest.service.FieldValidationMode;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * One link of a {@link TaskMock}'s script: a fixed outcome, an answer, or a Lambda payload to
 * wrap as the Task's resource returns it; repeated {@code times} times, each taking {@code after}
 * of virtual time ({@code null}: the outcome's own duration).
 *
 * @param mode this response's own field validation mode (from a MockConfigFile), or {@code null}
 */
record ScriptStep(TaskOutcome fixed, Function<TaskInvocation, TaskOutcome> answer, JsonNode payload, Duration after,
        int times, List<Duration> heartbeats, FieldValidationMode mode) {

    static ScriptStep of(TaskOutcome outcome) {
        return new ScriptStep(outcome, null, null, null, 1, List.of(), null);
    }

    static ScriptStep answering(Function<TaskInvocation, TaskOutcome> answer) {
        return new ScriptStep(null, answer, null, null, 1, List.of(), null);
    }

    static ScriptStep payload(JsonNode payload) {
        return new ScriptStep(null, null, payload, null, 1, List.of(), null);
    }

    ScriptStep times(int count) {
        return new ScriptStep(fixed, answer, payload, after, count, heartbeats, mode);
    }

    ScriptStep after(Duration duration) {
        return new ScriptStep(fixed, answer, payload, duration, times, heartbeats, mode);
    }

    ScriptStep withHeartbeats(List<Duration> offsets) {
        return new ScriptStep(fixed, answer, payload, after, times, List.copyOf(offsets), mode);
    }

    ScriptStep withMode(FieldValidationMode validation) {
        return new ScriptStep(fixed, answer, payload, after, times, heartbeats, validation);
    }

    /**
     * The outcome for one invocation, or {@code null} when an answer declines it.
     *
     * @param owner the mock and block, for the message of a payload on a resource that is not Lambda
     * @throws InvalidMockException when a payload answers a Task that does not call Lambda
     */
    TaskOutcome respond(TaskInvocation invocation, String owner) {
        TaskOutcome outcome = fixed != null ? fixed
                : payload != null ? TaskOutcome.success(Payloads.wrap(payload, invocation, owner))
                : answer.apply(invocation);
        if (outcome == null) {
            return null;
        }
        TaskOutcome timed = after == null ? outcome : outcome.after(after);
        return heartbeats.isEmpty() ? timed : timed.withHeartbeats(heartbeats.toArray(new Duration[0]));
    }
}
