package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.TaskState;
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
    private long startedAt;
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
        armTimeouts();
        return Step.SUSPENDED;
    }

    /**
     * Waits for an activity worker: TimeoutSeconds and HeartbeatSeconds count from
     * {@link #workerStarted()} (ActivityStarted), not from ActivityScheduled.
     */
    Step awaitWorker() {
        visit.run().callbacks().register(token, this);
        visit.run().callbacks().awaitWorker(this);
        return Step.SUSPENDED;
    }

    /** A worker picked the activity task up: its clocks start now. */
    void workerStarted() {
        startedAt = visit.run().agenda().now();
        lastBeat = startedAt;
        armTimeouts();
    }

    private void armTimeouts() {
        if (limits.timeoutSeconds() != null) {
            visit.run().agenda().schedule(VirtualTime.plusSeconds(startedAt, limits.timeoutSeconds()),
                    () -> expire(false));
        }
        if (limits.heartbeatSeconds() != null) {
            armHeartbeat();
        }
    }

    /** Whether the attempt still runs (not finished, timed out, aborted with its branch or its execution). */
    boolean isActive() {
        return !done && !visit.fiber.isCancelled() && visit.run().result() == null;
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

    /** TimeoutSeconds passed, or ({@code heartbeat}) HeartbeatSeconds passed without a heartbeat. */
    private void expire(boolean heartbeat) {
        if (!isActive()) {
            return;
        }
        done = true;
        if (token != null) {
            visit.run().callbacks().expire(token);
        }
        visit.fiber.resume(() -> runner.timedOut(this, heartbeat));
    }

    private void armHeartbeat() {
        long deadline = VirtualTime.plusSeconds(lastBeat, limits.heartbeatSeconds());
        visit.run().agenda().schedule(deadline, () -> {
            if (!isActive()) {
                return;
            }
            if (visit.run().agenda().now() < VirtualTime.plusSeconds(lastBeat, limits.heartbeatSeconds())) {
                armHeartbeat();
            } else {
                expire(true);
            }
        });
    }

    private void at(Duration offset, Runnable action) {
        visit.run().agenda().schedule(VirtualTime.plus(startedAt, offset), action);
    }
}
