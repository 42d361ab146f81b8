package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.ErrorNames;
import dev.sfntest.data.Json;
import dev.sfntest.engine.ActivityTask;
import dev.sfntest.engine.MapRun;
import dev.sfntest.engine.PendingTask;
import dev.sfntest.engine.StateMachineType;
import dev.sfntest.engine.TaskHandler;
import dev.sfntest.engine.TaskInvocation;
import dev.sfntest.engine.TaskOutcome;
import dev.sfntest.engine.UnmockedTaskException;
import dev.sfntest.history.EventDetails;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.ExecutionStatus;
import dev.sfntest.history.HistoryEvent;
import dev.sfntest.history.HistoryEventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One execution: its history, invocation counters, random source and variables. A nested
 * execution (a child started by {@code states:startExecution}, or a distributed Map's) shares the
 * agenda, the clock and the task tokens of the execution that started it.
 */
public final class ExecutionRun {
    /**
     * The most history events kept for an EXPRESS execution (AWS keeps none and caps it at five
     * minutes; STANDARD's cap is 25,000): a runaway loop stops here instead of exhausting memory.
     */
    static final int EXPRESS_EVENT_LIMIT = 1_000_000;

    private final RunSettings settings;
    private final StateMachine machine;
    private final String machineName;
    private final String executionName;
    private final String executionArn;
    private final StateMachineType type;
    private final Agenda agenda;
    private final Callbacks callbacks;
    private final HistoryRecorder history;
    private final SplittableRandom random;
    private final Interpreter interpreter;
    private final Map<String, Integer> invocations = new HashMap<>();
    private final long startMillis;
    private final long deadline;
    private final Consumer<ExecutionResult> onEnd;
    private ContextObject context;
    private Fiber root;
    private final List<DistributedMapRun> mapRuns = new ArrayList<>();
    private int redriveCount;
    private Instant redriveDate;
    private long transitions;
    private ExecutionResult result;
    private long formattedMillis = Long.MIN_VALUE;
    private String formattedNow;

    /** The top-level execution of {@code machine}. */
    public ExecutionRun(RunSettings settings, StateMachine machine) {
        this(settings, machine, settings.stateMachineName(), settings.executionName(), settings.type(),
                new Agenda(settings.startInstant().toEpochMilli(), settings.seed()), new Callbacks(), new SplittableRandom(settings.seed()),
                result -> { }, true, null);
    }

    private ExecutionRun(RunSettings settings, StateMachine machine, String machineName, String executionName,
            StateMachineType type, Agenda agenda, Callbacks callbacks, SplittableRandom random,
            Consumer<ExecutionResult> onEnd, boolean topLevel, String givenArn) {
        this.settings = settings;
        this.machine = machine;
        this.machineName = machineName;
        this.type = type;
        this.agenda = agenda;
        this.callbacks = callbacks;
        this.random = random;
        this.onEnd = onEnd;
        this.history = new HistoryRecorder(agenda, type == StateMachineType.STANDARD
                ? HistoryRecorder.STANDARD_EVENT_LIMIT : Integer.MAX_VALUE);
        this.interpreter = new Interpreter(this);
        this.startMillis = agenda.now();
        this.deadline = startMillis + settings.maxVirtualDuration().toMillis();
        this.executionName = executionName != null ? executionName
                : new UUID(random.nextLong(), random.nextLong()).toString();
        // nested executions keep the standard form unless their parent gives them an ARN
        this.executionArn = givenArn != null ? givenArn
                : topLevel && settings.executionArn() != null ? settings.executionArn()
                : topLevel && type == StateMachineType.EXPRESS
                        ? ContextObject.expressExecutionArn(settings, machineName, this.executionName)
                        : ContextObject.executionArn(settings, machineName, this.executionName);
    }

    /** A nested execution on this execution's timeline, told of its end by {@code onEnd}. */
    ExecutionRun child(StateMachine childMachine, String childMachineName, String childName, StateMachineType childType,
            Consumer<ExecutionResult> childEnd) {
        return child(childMachine, childMachineName, childName, childType, null, childEnd);
    }

    /** A nested execution whose ARN is {@code childArn} ({@code null}: the standard form). */
    ExecutionRun child(StateMachine childMachine, String childMachineName, String childName, StateMachineType childType,
            String childArn, Consumer<ExecutionResult> childEnd) {
        return new ExecutionRun(settings, childMachine, childMachineName, childName, childType, agenda, callbacks,
                random.split(), childEnd, false, childArn);
    }

    /** Records ExecutionStarted and runs the first states, as far as they go at the start instant. */
    public void start(JsonNode input) {
        context = new ContextObject(settings, executionArn, machineName, executionName, input,
                Instant.ofEpochMilli(startMillis));
        history.close(HistoryEventType.ExecutionStarted, 0,
                new EventDetails.ExecutionStarted(input, ContextObject.roleArn(settings, machineName)));
        scheduleTimeout();
        root = new Fiber(this, machine.graph(), null, new RootListener(), 0, 0, new VariableScope(null));
        Fiber first = root;
        guarded(() -> {
            if (PayloadLimit.exceeds(input)) {
                throw new ExecutionTermination(ErrorNames.DATA_LIMIT_EXCEEDED,
                        "The execution input exceeds the maximum size of 262144 bytes");
            }
            first.start(input);
        });
    }

    /** The state machine's TimeoutSeconds from now; a timer of an earlier attempt does nothing after a redrive. */
    private void scheduleTimeout() {
        if (machine.timeoutSeconds() == null) {
            return;
        }
        int attempt = redriveCount;
        // AWS: the event carries States.Timeout, links to no state, and DescribeExecution has no error
        agenda.schedule(VirtualTime.plusSeconds(agenda.now(), machine.timeoutSeconds()), () -> {
            if (attempt == redriveCount) {
                end(ExecutionStatus.TIMED_OUT, null, null, null, HistoryEventType.ExecutionTimedOut, 0,
                        new EventDetails.Failure(ErrorNames.TIMEOUT, null));
            }
        });
    }

    /**
     * Why RedriveExecution at {@code instant} would be refused, in AWS's words where AWS has them,
     * or {@code null} when the execution can be redriven.
     */
    public String redriveRefusal(Instant instant) {
        return Redrives.refusal(this, root, instant);
    }

    /**
     * RedriveExecution: records {@code ExecutionRedriven} and enters the unsuccessful state again
     * with the input it had; the variables and the history of the successful states are kept.
     *
     * @throws IllegalStateException with {@link #redriveRefusal} when it cannot be redriven
     */
    public void redrive(Instant instant) {
        String refusal = redriveRefusal(instant);
        if (refusal != null) {
            throw new IllegalStateException(refusal);
        }
        agenda.advanceTo(instant.toEpochMilli());
        Fiber failed = root;
        failed.supersede();
        redriveCount++;
        redriveDate = instant;
        result = null;
        context.redriven(redriveCount, instant);
        long redriven = history.close(HistoryEventType.ExecutionRedriven, history.size(),
                new EventDetails.ExecutionRedriven(redriveCount));
        scheduleTimeout();
        root = new Fiber(this, machine.graph(), null, new RootListener(), 0, redriven, failed.variables());
        root.redriveWith(failed.memoOfLastEntered());
        root.startAt(failed.lastEntered().name(), failed.lastEnteredInput());
    }

    void registerMapRun(DistributedMapRun mapRun) {
        mapRuns.add(mapRun);
    }

    /** The Map Runs of this execution's distributed Map states, in the order they started. */
    public List<MapRun> mapRuns() {
        return mapRuns.stream().map(DistributedMapRun::view).toList();
    }

    /**
     * UpdateMapRun; {@code null} keeps a setting.
     *
     * @return whether this execution has the Map Run
     */
    public boolean updateMapRun(String mapRunArn, Integer maxConcurrency, Double toleratedPercentage,
            Long toleratedCount) {
        for (DistributedMapRun mapRun : mapRuns) {
            if (mapRun.mapRunArn().equals(mapRunArn)) {
                mapRun.update(maxConcurrency, toleratedPercentage, toleratedCount);
                return true;
            }
        }
        return false;
    }

    /** How many times the execution has been redriven. */
    public int redriveCount() {
        return redriveCount;
    }

    /** The instant of the last redrive, or {@code null}. */
    public Instant redriveDate() {
        return redriveDate;
    }

    /**
     * Runs the next agenda action; {@code false} when there is none. Ends the execution when the
     * virtual-duration cap passes.
     */
    public boolean step() {
        long next = agenda.nextInstant();
        if (next == Long.MAX_VALUE) {
            return false;
        }
        if (next > deadline && result == null) {
            agenda.advanceTo(deadline);
            timedOutAtCap();
            return true;
        }
        // the action ran even when it ended the execution by throwing a limit's termination
        guarded(agenda::runNext);
        return true;
    }

    /**
     * Runs {@code action}; a limit's {@link ExecutionTermination} raised in it ends this execution
     * (not the one that started it, when this is a nested one).
     */
    void guarded(Runnable action) {
        try {
            action.run();
        } catch (ExecutionTermination termination) {
            end(ExecutionStatus.FAILED, null, termination.error(), termination.cause(),
                    HistoryEventType.ExecutionFailed, history.size());
        }
    }

    private void end(ExecutionStatus status, JsonNode output, String error, String cause, HistoryEventType type,
            long previousEventId) {
        end(status, output, error, cause, type, previousEventId, status == ExecutionStatus.SUCCEEDED
                ? new EventDetails.Output(output) : new EventDetails.Failure(error, cause));
    }

    private void end(ExecutionStatus status, JsonNode output, String error, String cause, HistoryEventType type,
            long previousEventId, EventDetails details) {
        if (result != null) {
            return;
        }
        history.close(type, previousEventId, details);
        result = new ExecutionResult(status, output, error, cause, Instant.ofEpochMilli(startMillis),
                Instant.ofEpochMilli(agenda.now()), history.events(), machine);
        onEnd.accept(result);
    }

    private final class RootListener implements FiberListener {
        @Override
        public void succeeded(Fiber fiber, JsonNode output) {
            if (PayloadLimit.exceeds(output)) {
                end(ExecutionStatus.FAILED, null, ErrorNames.DATA_LIMIT_EXCEEDED,
                        "The execution output exceeds the maximum size of 262144 bytes",
                        HistoryEventType.ExecutionFailed, fiber.lastEventId());
                return;
            }
            end(ExecutionStatus.SUCCEEDED, output, null, null, HistoryEventType.ExecutionSucceeded,
                    fiber.lastEventId());
        }

        @Override
        public void failed(Fiber fiber, Step.Failed failure) {
            end(ExecutionStatus.FAILED, null, failure.error().error(), failure.error().cause(),
                    HistoryEventType.ExecutionFailed, fiber.lastEventId());
        }
    }

    /** Stops the execution from outside, as StopExecution does. */
    public void abort(String error, String cause) {
        end(ExecutionStatus.ABORTED, null, error, cause, HistoryEventType.ExecutionAborted, history.size());
    }

    /** The handler's outcome, or {@code null} when it answers nothing. */
    TaskOutcome handlerOutcome(TaskInvocation invocation) {
        TaskHandler handler = settings.taskHandler();
        if (handler == null) {
            return null;
        }
        TaskOutcome outcome = handler.handle(invocation);
        if (outcome != null) {
            RequestChecks.check(handler, settings.fieldValidationMode(), invocation);
        }
        ResultChecks.check(handler, settings.fieldValidationMode(), invocation, outcome);
        return outcome;
    }

    /** Calls the task handler; an unanswered task stops the run with a message saying how to mock it. */
    TaskOutcome dispatch(TaskInvocation invocation) {
        TaskOutcome outcome = handlerOutcome(invocation);
        if (outcome == null) {
            throw new UnmockedTaskException("The Task state '" + invocation.stateName() + "' (resource "
                    + invocation.resource() + ", attempt " + invocation.attempt() + ") has no mocked response.\n"
                    + "  input: " + Json.write(invocation.input()) + "\n"
                    + "  Mock it by state name, for example {\"" + invocation.stateName() + "\": {\""
                    + invocation.attempt() + "\": {\"Return\": {}}}}.", invocation.stateName(), invocation.attempt());
        }
        return outcome;
    }

    /** The next 0-based invocation number of a Task state. */
    int nextInvocation(String stateName) {
        int next = invocations.getOrDefault(stateName, 0);
        invocations.put(stateName, next + 1);
        return next;
    }

    /** A new task token, drawn from the seed. */
    String newTaskToken() {
        return "sfn-test-token-" + new UUID(random.nextLong(), random.nextLong());
    }

    void countTransition() {
        if (++transitions > settings.maxStateTransitions()) {
            throw new ExecutionTermination(ErrorNames.RUNTIME, "The execution passed the cap of "
                    + settings.maxStateTransitions() + " state transitions (Engine.Builder.maxStateTransitions); "
                    + "is a loop missing its exit?");
        }
        if (type == StateMachineType.EXPRESS && history.size() > EXPRESS_EVENT_LIMIT) {
            throw new ExecutionTermination(ErrorNames.RUNTIME, "The execution passed " + EXPRESS_EVENT_LIMIT
                    + " history events, the most sfn-test keeps for an EXPRESS execution; is a loop missing its exit?");
        }
    }

    /** The current virtual instant as AWS formats it in the Context object. */
    String formattedNow() {
        long now = agenda.now();
        if (now != formattedMillis) {
            formattedMillis = now;
            formattedNow = ContextObject.format(Instant.ofEpochMilli(now));
        }
        return formattedNow;
    }

    /** The result once the execution ended, otherwise {@code null}. */
    public ExecutionResult result() {
        return result;
    }

    /** The execution's ARN. */
    public String executionArn() {
        return executionArn;
    }

    /** The execution's name. */
    public String executionName() {
        return executionName;
    }

    /** The state machine's name. */
    String machineName() {
        return machineName;
    }

    RunSettings settings() {
        return settings;
    }

    StateMachine machine() {
        return machine;
    }

    StateMachineType type() {
        return type;
    }

    long startMillis() {
        return startMillis;
    }

    long deadline() {
        return deadline;
    }

    Agenda agenda() {
        return agenda;
    }

    Callbacks callbacks() {
        return callbacks;
    }

    /** The current virtual instant. */
    public Instant now() {
        return Instant.ofEpochMilli(agenda.now());
    }

    /** The instant of the next agenda action, or {@code null} when there is none. */
    public Instant nextInstant() {
        long next = agenda.nextInstant();
        return next == Long.MAX_VALUE ? null : Instant.ofEpochMilli(next);
    }

    /**
     * Moves the clock forward to {@code instant} without running anything; past the cap on
     * virtual duration, the execution ends TIMED_OUT at the cap.
     */
    public void advanceTo(Instant instant) {
        if (instant.toEpochMilli() > deadline && result == null) {
            agenda.advanceTo(deadline);
            timedOutAtCap();
            return;
        }
        agenda.advanceTo(instant.toEpochMilli());
    }

    private void timedOutAtCap() {
        end(ExecutionStatus.TIMED_OUT, null, ErrorNames.TIMEOUT, "The execution passed the cap of "
                + settings.maxVirtualDuration() + " of virtual time (Engine.Builder.maxVirtualDuration)",
                HistoryEventType.ExecutionTimedOut, history.size());
    }

    /** Runs {@code action} on the agenda at {@code instant}. */
    public void schedule(Instant instant, Runnable action) {
        agenda.schedule(instant.toEpochMilli(), () -> guarded(action));
    }

    /** Tasks waiting for outside input: callback tokens not yet completed, activities nobody picked up. */
    public List<PendingTask> pendingTasks() {
        List<PendingTask> pending = new ArrayList<>();
        for (TaskAttempt attempt : callbacks.waiting()) {
            pending.add(new PendingTask(attempt.task.name(), attempt.task.resource(), attempt.token, attempt.input));
        }
        return pending;
    }

    /** SendTaskSuccess. */
    public void sendTaskSuccess(String token, JsonNode output) {
        callbacks.complete(token, TaskOutcome.success(output), agenda);
    }

    /** SendTaskFailure. */
    public void sendTaskFailure(String token, String error, String cause) {
        callbacks.complete(token, TaskOutcome.failure(error, cause), agenda);
    }

    /** SendTaskHeartbeat. */
    public void sendTaskHeartbeat(String token) {
        callbacks.heartbeat(token);
    }

    /** GetActivityTask: the oldest unclaimed task of the activity, now started by {@code workerName}. */
    public Optional<ActivityTask> getActivityTask(String activityArn, String workerName) {
        TaskAttempt attempt = callbacks.claimActivity(activityArn);
        if (attempt == null) {
            return Optional.empty();
        }
        TaskEvents.started(attempt.visit, attempt.resource, workerName);
        attempt.workerStarted();
        return Optional.of(new ActivityTask(attempt.token, attempt.input));
    }

    HistoryRecorder history() {
        return history;
    }

    /** A copy of the events recorded so far. */
    public List<HistoryEvent> historySoFar() {
        return List.copyOf(history.events());
    }

    SplittableRandom random() {
        return random;
    }

    Interpreter interpreter() {
        return interpreter;
    }

    ContextObject context() {
        return context;
    }
}
