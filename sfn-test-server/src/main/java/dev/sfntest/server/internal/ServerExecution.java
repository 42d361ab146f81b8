package dev.sfntest.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.ActivityTask;
import dev.sfntest.engine.Execution;
import dev.sfntest.engine.MapRun;
import dev.sfntest.engine.PendingTask;
import dev.sfntest.engine.TaskTokenException;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.HistoryEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One execution the server runs: the engine's {@link Execution}, driven under its own lock (the
 * engine's executions are single-threaded), and a snapshot of its status that readers take without
 * the lock.
 */
final class ServerExecution {
    private final ReentrantLock lock = new ReentrantLock();
    private final Supplier<Execution> start;
    private Execution execution;
    private final String arn;
    private final String name;
    private final MachineVersion machine;
    private final String versionArn;
    private final String aliasArn;
    private final JsonNode input;
    private final Instant startDate;
    private final long sequence;
    private final Supplier<MockReport> mockReport;
    private volatile Snapshot snapshot;

    /**
     * What readers see: RUNNING until the result is there.
     *
     * @param redriveCount how many times it has been redriven
     * @param redriveDate the instant of the last redrive, or {@code null}
     */
    record Snapshot(String status, ExecutionResult result, int redriveCount, Instant redriveDate) {
    }

    ServerExecution(Supplier<Execution> start, String arn, String name, MachineVersion machine, String versionArn,
            String aliasArn, JsonNode input, Instant startDate, long sequence, Supplier<MockReport> mockReport) {
        this.start = start;
        this.arn = arn;
        this.name = name;
        this.machine = machine;
        this.versionArn = versionArn;
        this.aliasArn = aliasArn;
        this.input = input;
        this.startDate = startDate;
        this.sequence = sequence;
        this.mockReport = mockReport;
        this.snapshot = new Snapshot("RUNNING", null, 0, null);
    }

    /**
     * Runs {@code action} on the execution, then runs it as far as it goes without outside input;
     * a failure of sfn-test itself stops the execution with {@code States.Runtime} and the reason.
     *
     * @return the tokens of the tasks now waiting for outside input
     */
    List<PendingTask> drive(Consumer<Execution> action) {
        lock.lock();
        try {
            try {
                if (execution == null) {
                    execution = start.get(); // runs the first states: on a driver thread, not an HTTP one
                }
                if (action != null) {
                    action.accept(execution);
                }
                execution.runUntilWaiting();
            } catch (TaskTokenException e) {
                throw e;
            } catch (RuntimeException e) {
                if (execution == null) {
                    throw e;
                }
                if (!execution.isDone()) {
                    execution.stop("States.Runtime", "sfn-test could not run the execution: " + e.getMessage());
                }
            }
            return refresh();
        } finally {
            lock.unlock();
        }
    }

    /** What its test case's mocks did so far, or {@code null} when it was started without a test case. */
    MockReport mockReport() {
        return mockReport.get();
    }

    /** Moves the execution's clock by {@code duration}, firing what falls due, then drives it. */
    List<PendingTask> advance(Duration duration) {
        return drive(running -> {
            if (!running.isDone()) {
                running.advance(duration);
            }
        });
    }

    /**
     * RedriveExecution at {@code instant}, then drives the execution.
     *
     * @return the tokens of the tasks now waiting for outside input
     * @throws ApiException {@code ExecutionNotRedrivable} with the reason
     */
    List<PendingTask> redrive(Instant instant) {
        lock.lock();
        try {
            Instant at = execution == null || instant.isAfter(execution.now()) ? instant : execution.now();
            String refusal = execution == null ? "Execution is RUNNING and cannot be redriven"
                    : execution.redriveRefusal(at).orElse(null);
            if (refusal != null) {
                throw ApiException.service("ExecutionNotRedrivable", "Execution cannot be redriven: '" + arn + "': "
                        + refusal);
            }
            return drive(running -> running.redrive(at));
        } finally {
            lock.unlock();
        }
    }

    /** Why RedriveExecution at {@code instant} would be refused, or {@code null}. */
    String redriveRefusal(Instant instant) {
        Snapshot current = snapshot;
        if (current.result() == null) {
            return "Execution is RUNNING and cannot be redriven";
        }
        lock.lock();
        try {
            return execution.redriveRefusal(instant.isAfter(execution.now()) ? instant : execution.now()).orElse(null);
        } finally {
            lock.unlock();
        }
    }

    private List<PendingTask> refresh() {
        int redrives = execution.redriveCount();
        Instant redriven = execution.redriveDate().orElse(null);
        if (!execution.isDone()) {
            if (snapshot.result() != null) {
                snapshot = new Snapshot("RUNNING", null, redrives, redriven);
            }
        } else {
            ExecutionResult result = execution.result();
            snapshot = new Snapshot(result.status().name(), result, redrives, redriven);
            synchronized (this) {
                notifyAll();
            }
            return List.of();
        }
        return execution.pendingTasks();
    }

    /** GetActivityTask on this execution: claims its oldest unclaimed task of the activity. */
    Optional<ActivityTask> claim(String activityArn, String workerName) {
        if (!lock.tryLock()) {
            return Optional.empty(); // being driven: the poller is told again when the drive ends
        }
        try {
            return execution == null || execution.isDone() ? Optional.empty()
                    : execution.getActivityTask(activityArn, workerName);
        } finally {
            lock.unlock();
        }
    }

    /** The history so far. */
    List<HistoryEvent> history() {
        ExecutionResult result = snapshot.result();
        if (result != null) {
            return result.history();
        }
        lock.lock();
        try {
            return execution == null ? List.of() : execution.history();
        } finally {
            lock.unlock();
        }
    }

    /** Its Map Runs so far. */
    List<MapRun> mapRuns() {
        lock.lock();
        try {
            return execution == null ? List.of() : execution.mapRuns();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until the execution ends, at most {@code timeout}; whether it ended. */
    boolean awaitEnd(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (snapshot.result() == null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }
        return true;
    }

    Snapshot snapshot() {
        return snapshot;
    }

    String arn() {
        return arn;
    }

    String name() {
        return name;
    }

    MachineVersion machine() {
        return machine;
    }

    /** The version ARN it was started with, or {@code null}. */
    String versionArn() {
        return versionArn;
    }

    /** The alias ARN it was started with, or {@code null}. */
    String aliasArn() {
        return aliasArn;
    }

    JsonNode input() {
        return input;
    }

    Instant startDate() {
        return startDate;
    }

    /** The order in which executions started. */
    long sequence() {
        return sequence;
    }
}
