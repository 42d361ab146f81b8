package dev.sfntest.engine;

import dev.sfntest.internal.JsonText;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.internal.ExecutionRun;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.HistoryEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

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
public final class Execution {
    private final ExecutionRun run;

    Execution(ExecutionRun run) {
        this.run = run;
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
        return this;
    }

    /**
     * Runs everything due within {@code duration} of virtual time, then sets the clock there.
     *
     * @throws IllegalArgumentException when {@code duration} is negative or over 1,000 years
     */
    public Execution advance(Duration duration) {
        Instant until = run.now().plus(Arguments.duration(duration, "duration"));
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
                throw stalled();
            }
        }
        return this;
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

    /** StopExecution: the execution ends ABORTED. */
    public Execution stop(String error, String cause) {
        run.abort(error, cause);
        return this;
    }
}
