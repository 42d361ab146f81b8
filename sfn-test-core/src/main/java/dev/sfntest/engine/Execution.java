package dev.sfntest.engine;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.internal.ExecutionRun;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.HistoryEvent;
import dev.sfntest.internal.JsonText;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * An execution the test drives on the virtual clock: complete task tokens, act as an activity
 * worker, move time forward, schedule actions at virtual instants. Time moves only when the test
 * says so; nothing runs on another thread.
 *
 * <pre>{@code
 * Execution execution = engine.start(machine, input).runUntilWaiting();
 * PendingTask approval = execution.pendingTasks().get(0);          // a .waitForTaskToken task
 * execution.advance(Duration.ofHours(2));                          // reminders fire meanwhile
 * execution.sendTaskSuccess(approval.token(), Json.parse("{\"approved\": true}"));
 * ExecutionResult result = execution.runToEnd().result();
 * }</pre>
 */
@API(status = STABLE)
public final class Execution {
    private final ExecutionRun run;
    private final VirtualClock clock;

    Execution(ExecutionRun run, VirtualClock clock) {
        this.run = run;
        this.clock = clock;
    }

    /** Records ExecutionStarted and runs the first states, as far as they go at the start instant. */
    Execution begin(JsonNode input) {
        run.start(input);
        return this;
    }

    /**
     * Runs until the execution ends, or until a task waits for outside input and nothing else is
     * due at the current instant (the clock does not move past a waiting task).
     */
    public Execution runUntilWaiting() {
        while (!isDone()) {
            Instant next = run.nextInstant();
            if (next == null || (!run.pendingTasks().isEmpty() && next.isAfter(run.now()))) {
                break;
            }
            run.step();
        }
        return followed();
    }

    /** Moves the shared clock, and so the other executions on it, to this execution's time. */
    private Execution followed() {
        if (clock != null) {
            clock.moveTo(run.now());
        }
        return this;
    }

    /**
     * Runs everything due within {@code duration} of virtual time, then sets the clock there (the
     * shared {@link VirtualClock}, when the execution has one: the other executions move too).
     *
     * @throws IllegalArgumentException when {@code duration} is negative or over 1,000 years
     */
    public Execution advance(Duration duration) {
        Instant until = run.now().plus(Arguments.duration(duration, "duration"));
        if (clock != null) {
            clock.moveTo(until);
            return this;
        }
        return advanceAlone(until);
    }

    /** Runs everything due until {@code until}, then sets this execution's time there. */
    Execution advanceAlone(Instant until) {
        while (!isDone()) {
            Instant next = run.nextInstant();
            if (next == null || next.isAfter(until)) {
                break;
            }
            run.step();
        }
        if (!isDone()) {
            run.advanceTo(until);
        }
        return this;
    }

    /**
     * Runs until the execution ends.
     *
     * @throws IllegalStateException when it cannot end: tasks wait for tokens or workers that
     *     nothing will send; the message names each state
     */
    public Execution runToEnd() {
        while (!isDone()) {
            if (!run.step()) {
                followed();
                throw stalled();
            }
        }
        return followed();
    }

    private IllegalStateException stalled() {
        List<PendingTask> pending = run.pendingTasks();
        String tasks = pending.stream()
                .map(task -> "  state '" + task.stateName() + "' (" + task.resource() + "), token " + task.token())
                .collect(Collectors.joining("\n"));
        return new IllegalStateException("The execution cannot go on: " + pending.size()
                + (pending.size() == 1 ? " task waits" : " tasks wait") + " for a task token or an activity worker "
                + "that nothing will send:\n" + tasks + "\nComplete them with sendTaskSuccess/sendTaskFailure, "
                + "poll activities with getActivityTask, or mock the tasks.");
    }

    /** Whether the execution has ended. */
    public boolean isDone() {
        return run.result() != null;
    }

    /**
     * The result.
     *
     * @throws IllegalStateException when the execution has not ended yet
     */
    public ExecutionResult result() {
        ExecutionResult result = run.result();
        if (result == null) {
            throw new IllegalStateException("The execution has not ended yet; call runToEnd() first");
        }
        return result;
    }

    /**
     * The history so far, as an unmodifiable copy: while the execution runs (a server's
     * GetExecutionHistory), and once it has ended (then the same events as {@code result().history()}).
     */
    public List<HistoryEvent> history() {
        ExecutionResult result = run.result();
        return result != null ? result.history() : run.historySoFar();
    }

    /** The current virtual instant. */
    public Instant now() {
        return run.now();
    }

    /** Tasks waiting for outside input. */
    public List<PendingTask> pendingTasks() {
        return run.pendingTasks();
    }

    /**
     * SendTaskSuccess: the task of {@code token} returns {@code output}.
     *
     * @throws TaskTokenException {@code InvalidToken} or {@code TaskTimedOut}, as AWS answers
     */
    public Execution sendTaskSuccess(String token, JsonNode output) {
        run.sendTaskSuccess(Objects.requireNonNull(token, "token"), Arguments.json(output, "output"));
        return this;
    }

    /**
     * SendTaskSuccess: the task of {@code token} returns the JSON text {@code output}.
     *
     * @throws dev.sfntest.SfnTestException when {@code output} is not JSON
     * @throws TaskTokenException {@code InvalidToken} or {@code TaskTimedOut}, as AWS answers
     */
    public Execution sendTaskSuccess(String token, String output) {
        return sendTaskSuccess(token, JsonText.parse(output, "The task output"));
    }

    /**
     * SendTaskFailure: the task of {@code token} fails with {@code error} and {@code cause}.
     *
     * @throws TaskTokenException {@code InvalidToken} or {@code TaskTimedOut}
     */
    public Execution sendTaskFailure(String token, String error, String cause) {
        run.sendTaskFailure(Objects.requireNonNull(token, "token"), error, cause);
        return this;
    }

    /**
     * SendTaskHeartbeat: the task of {@code token} is alive.
     *
     * @throws TaskTokenException {@code InvalidToken} or {@code TaskTimedOut}
     */
    public Execution sendTaskHeartbeat(String token) {
        run.sendTaskHeartbeat(Objects.requireNonNull(token, "token"));
        return this;
    }

    /** GetActivityTask for a worker named {@code workerName}: empty when no task of the activity waits. */
    public Optional<ActivityTask> getActivityTask(String activityArn, String workerName) {
        return run.getActivityTask(Objects.requireNonNull(activityArn, "activityArn"), workerName);
    }

    /** Runs {@code action} at a virtual instant (for example, a callback two hours in). */
    public Execution at(Instant instant, Consumer<Execution> action) {
        Objects.requireNonNull(action, "action");
        if (Arguments.instant(instant, "instant").isBefore(run.now())) {
            throw new IllegalArgumentException("instant must not be before now (" + run.now() + "), was " + instant);
        }
        run.schedule(instant, () -> action.accept(this));
        return this;
    }

    /** Runs {@code action} after {@code delay} of virtual time from now. */
    public Execution after(Duration delay, Consumer<Execution> action) {
        return at(run.now().plus(Arguments.duration(delay, "delay")), action);
    }

    /**
     * RedriveExecution at the current instant: an execution that ended FAILED, TIMED_OUT or
     * ABORTED goes on from its unsuccessful state, entered again with the input it had; the
     * history gains {@code ExecutionRedriven} and keeps the successful states' events, which do not
     * run again. Drive it on with {@link #runUntilWaiting()} or {@link #runToEnd()}.
     *
     * @throws IllegalStateException with {@link #redriveRefusal()} when it cannot be redriven
     */
    public Execution redrive() {
        return redrive(run.now());
    }

    /**
     * RedriveExecution at {@code instant}, which the clock moves to first (a test redrives a day after
     * the failure as AWS would).
     *
     * @throws IllegalArgumentException when {@code instant} is before {@link #now()}
     * @throws IllegalStateException with {@link #redriveRefusal(Instant)} when it cannot be redriven
     */
    public Execution redrive(Instant instant) {
        if (Arguments.instant(instant, "instant").isBefore(run.now())) {
            throw new IllegalArgumentException("instant must not be before now (" + run.now() + "), was " + instant);
        }
        run.redrive(instant);
        return followed();
    }

    /** Why {@link #redrive()} would be refused now, or empty when it would not. */
    public Optional<String> redriveRefusal() {
        return redriveRefusal(run.now());
    }

    /**
     * Why a redrive at {@code instant} would be refused, in AWS's words where AWS has them (for
     * example "Execution is SUCCEEDED and cannot be redriven", "Execution redrivable period
     * exceeded" past 14 days), or empty when it would not.
     */
    public Optional<String> redriveRefusal(Instant instant) {
        return Optional.ofNullable(run.redriveRefusal(Arguments.instant(instant, "instant")));
    }

    /** How many times the execution has been redriven ({@code $$.Execution.RedriveCount}). */
    public int redriveCount() {
        return run.redriveCount();
    }

    /** The instant of the last redrive, empty when it has not been redriven. */
    public Optional<Instant> redriveDate() {
        return Optional.ofNullable(run.redriveDate());
    }

    /** The Map Runs of its distributed Map states so far, in the order they started (ListMapRuns, DescribeMapRun). */
    public List<MapRun> mapRuns() {
        return run.mapRuns();
    }

    /**
     * UpdateMapRun: new limits for a running Map Run's child executions not started yet and for the
     * failures to come; {@code null} keeps a setting, a {@code maxConcurrency} of 0 lifts the limit.
     *
     * @throws IllegalArgumentException when the execution has no Map Run of that ARN
     */
    public Execution updateMapRun(String mapRunArn, Integer maxConcurrency, Double toleratedFailurePercentage,
            Long toleratedFailureCount) {
        if (!run.updateMapRun(Objects.requireNonNull(mapRunArn, "mapRunArn"), maxConcurrency,
                toleratedFailurePercentage, toleratedFailureCount)) {
            throw new IllegalArgumentException("The execution has no Map Run " + mapRunArn);
        }
        return this;
    }

    /** StopExecution: the execution ends ABORTED. */
    public Execution stop(String error, String cause) {
        run.abort(error, cause);
        return this;
    }
}
