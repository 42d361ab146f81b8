package dev.sfntest.property.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.FieldValue;
import dev.sfntest.asl.TaskState;
import dev.sfntest.data.ErrorNames;
import dev.sfntest.engine.TaskOutcome;
import java.time.Duration;

/**
 * Which timeouts can fire on a Task, and the task behaviour that makes the engine fire one: a task
 * that never answers (and, for TimeoutSeconds, keeps sending heartbeats when it must).
 */
public final class TaskTimeouts {
    /** Beyond this many heartbeats, a TimeoutSeconds fault lets HeartbeatSeconds fire first. */
    private static final int MAX_HEARTBEATS = 10_000;

    private TaskTimeouts() {
    }

    /** Whether the Task has a TimeoutSeconds (literal, path or JSONata). */
    public static boolean hasTimeout(TaskState task) {
        return task.timeoutSeconds() != null || task.timeoutSecondsPath() != null;
    }

    /** Whether the Task has a HeartbeatSeconds (literal, path or JSONata). */
    public static boolean hasHeartbeat(TaskState task) {
        return task.heartbeatSeconds() != null || task.heartbeatSecondsPath() != null;
    }

    /** A literal number of seconds, or {@code null} for a path, an expression or nothing. */
    public static Long literal(FieldValue seconds) {
        if (!(seconds instanceof FieldValue.Literal literal)) {
            return null;
        }
        JsonNode value = literal.value();
        return value.isIntegralNumber() && value.canConvertToLong() ? value.longValue() : null;
    }

    /**
     * The outcome that times {@code task} out with {@code timeout} ({@code States.Timeout}: it runs
     * past TimeoutSeconds; {@code States.HeartbeatTimeout}: it falls silent).
     *
     * @throws IllegalArgumentException when no such timeout can fire on the task
     */
    public static TaskOutcome timingOut(TaskState task, String timeout) {
        boolean heartbeat = ErrorNames.HEARTBEAT_TIMEOUT.equals(timeout);
        if (heartbeat ? !hasHeartbeat(task) : !hasTimeout(task)) {
            throw new IllegalArgumentException("The fault " + timeout + " cannot happen to the Task state '"
                    + task.name() + "': it has no " + (heartbeat ? "HeartbeatSeconds or HeartbeatSecondsPath"
                    : "TimeoutSeconds or TimeoutSecondsPath (AWS's default, 99999999 s, outlasts any execution)"));
        }
        Long beat = literal(task.heartbeatSeconds());
        Long limit = literal(task.timeoutSeconds());
        if (heartbeat || beat == null || limit == null) {
            return TaskOutcome.pending();
        }
        long step = beat > 1 ? (beat - 1) * 1000 : 500;
        long count = (limit * 1000 - 1) / step;
        if (count > MAX_HEARTBEATS) {
            return TaskOutcome.pending();
        }
        Duration[] offsets = new Duration[(int) count];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = Duration.ofMillis(step * (i + 1));
        }
        return TaskOutcome.pending().withHeartbeats(offsets);
    }
}
