package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.TaskState;
import dev.sfntest.data.ErrorNames;
import dev.sfntest.engine.TaskOutcome;
import java.time.Duration;

/**
 * One attempt of a Task state on the virtual clock: its completion, heartbeats, TimeoutSeconds
 * and HeartbeatSeconds as agenda events, and its task token while it runs.
 */
final class TaskAttempt {
    final TaskRunner runner;
    final StateVisit visit;
    final TaskState task;
    final Resources resource;
    final JsonNode effective;
    final JsonNode input;
    final TaskLimits limits;
    final String token;
    private final long startedAt;
    private long lastBeat;
    private boolean done;

    TaskAttempt(TaskRunner runner, StateVisit visit, TaskState task, Resources resource, JsonNode effective,
            JsonNode input, TaskLimits limits, String token) {
        this.runner = runner;
        this.visit = visit;
        this.task = task;
        this.resource = resource;
        this.effective = effective;
        this.input = input;
        this.limits = limits;
        this.token = token;
        this.startedAt = visit.run().agenda().now();
        this.lastBeat = startedAt;
    }

    /** Starts the attempt with the handler's outcome; completes at once when nothing can interfere. */
    Step begin(TaskOutcome outcome) {
        boolean pending = outcome instanceof TaskOutcome.Pending;
        if (!pending && outcome.duration().isZero() && !limits.any()) {
            done = true;
            return runner.complete(this, outcome);
        }
        if (token != null) {
            visit.run().callbacks().register(token, this);
        }
        if (!pending) {
            at(outcome.duration(), () -> finish(outcome));
        }
        for (Duration heartbeat : outcome.heartbeats()) {
            at(heartbeat, this::beat);
        }
        if (limits.timeoutSeconds() != null) {
            at(Duration.ofSeconds(limits.timeoutSeconds()), () -> expire(ErrorNames.TIMEOUT));
        }
        if (limits.heartbeatSeconds() != null) {
            armHeartbeat();
        }
        return Step.SUSPENDED;
    }

    /** Whether the attempt still runs (not finished, timed out, or aborted with its branch). */
    boolean isActive() {
        return !done && !visit.fiber.isCancelled();
    }

    /** A heartbeat from the task. */
    void beat() {
        if (isActive()) {
            lastBeat = visit.run().agenda().now();
        }
    }

    /** The task ended with {@code outcome} (from its duration, its token, or its worker). */
    void finish(TaskOutcome outcome) {
        if (!isActive()) {
            return;
        }
        done = true;
        visit.fiber.resume(() -> runner.complete(this, outcome));
    }

    private void expire(String error) {
        if (!isActive()) {
            return;
        }
        done = true;
        if (token != null) {
            visit.run().callbacks().expire(token);
        }
        visit.fiber.resume(() -> runner.timedOut(this, error));
    }

    private void armHeartbeat() {
        long deadline = lastBeat + limits.heartbeatSeconds() * 1000;
        visit.run().agenda().schedule(deadline, () -> {
            if (!isActive()) {
                return;
            }
            if (visit.run().agenda().now() < lastBeat + limits.heartbeatSeconds() * 1000) {
                armHeartbeat();
            } else {
                expire(ErrorNames.HEARTBEAT_TIMEOUT);
            }
        });
    }

    private void at(Duration offset, Runnable action) {
        visit.run().agenda().schedule(startedAt + offset.toMillis(), action);
    }
}
