package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.ErrorNames;
import dev.sfntest.data.Json;
import dev.sfntest.engine.Engine;
import dev.sfntest.engine.StateMachineType;
import dev.sfntest.engine.TaskHandler;
import dev.sfntest.engine.TaskInvocation;
import dev.sfntest.engine.TaskOutcome;
import dev.sfntest.engine.UnmockedTaskException;
import dev.sfntest.history.EventDetails;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.ExecutionStatus;
import dev.sfntest.history.HistoryEventType;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/** One execution: its agenda and clock, history, invocation counters and random source. */
public final class ExecutionRun {
    private final Engine engine;
    private final StateMachine machine;
    private final Agenda agenda;
    private final HistoryRecorder history;
    private final SplittableRandom random;
    private final Interpreter interpreter;
    private final Map<String, Integer> invocations = new HashMap<>();
    private final long deadline;
    private ContextObject context;
    private long transitions;
    private ExecutionResult result;
    private long formattedMillis = Long.MIN_VALUE;
    private String formattedNow;

    /** An execution of {@code machine} with the engine's settings. */
    public ExecutionRun(Engine engine, StateMachine machine) {
        this.engine = engine;
        this.machine = machine;
        long start = engine.startInstant().toEpochMilli();
        this.agenda = new Agenda(start);
        this.history = new HistoryRecorder(agenda, engine.type() == StateMachineType.STANDARD
                ? HistoryRecorder.STANDARD_EVENT_LIMIT : Integer.MAX_VALUE);
        this.random = new SplittableRandom(engine.seed());
        this.interpreter = new Interpreter(this);
        this.deadline = start + engine.maxVirtualDuration().toMillis();
    }

    /** Runs the execution to its end. */
    public ExecutionResult run(JsonNode input) {
        String executionName = engine.executionName() != null ? engine.executionName()
                : new UUID(random.nextLong(), random.nextLong()).toString();
        context = new ContextObject(engine.stateMachineName(), executionName, input, engine.startInstant());
        history.close(HistoryEventType.ExecutionStarted,
                0, new EventDetails.ExecutionStarted(input, ContextObject.roleArn(engine.stateMachineName())));
        if (machine.timeoutSeconds() != null) {
            agenda.schedule(agenda.now() + machine.timeoutSeconds() * 1000, () -> end(ExecutionStatus.TIMED_OUT,
                    null, ErrorNames.TIMEOUT, null, HistoryEventType.ExecutionTimedOut, history.size()));
        }
        Fiber root = new Fiber(this, machine.graph(), null, new RootListener(), 0, 1, new VariableScope(null));
        try {
            if (PayloadLimit.exceeds(input)) {
                throw new ExecutionTermination(ErrorNames.DATA_LIMIT_EXCEEDED,
                        "The execution input exceeds the maximum size of 262144 bytes");
            }
            root.start(input);
            while (result == null) {
                if (agenda.nextInstant() > deadline) {
                    agenda.advanceTo(deadline);
                    end(ExecutionStatus.TIMED_OUT, null, ErrorNames.TIMEOUT, "The execution passed the cap of "
                            + engine.maxVirtualDuration() + " of virtual time (Engine.Builder.maxVirtualDuration)",
                            HistoryEventType.ExecutionTimedOut, history.size());
                } else if (!agenda.runNext()) {
                    throw new IllegalStateException("The execution stopped with nothing left to run");
                }
            }
        } catch (ExecutionTermination termination) {
            end(ExecutionStatus.FAILED, null, termination.error(), termination.cause(),
                    HistoryEventType.ExecutionFailed, history.size());
        }
        return result;
    }

    private void end(ExecutionStatus status, JsonNode output, String error, String cause, HistoryEventType type,
            long previousEventId) {
        if (result != null) {
            return;
        }
        EventDetails details = status == ExecutionStatus.SUCCEEDED ? new EventDetails.Output(output)
                : new EventDetails.Failure(error, cause);
        history.close(type, previousEventId, details);
        result = new ExecutionResult(status, output, error, cause, engine.startInstant(),
                Instant.ofEpochMilli(agenda.now()), history.events());
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

    /** Calls the task handler; an unanswered task stops the run with a message saying how to mock it. */
    TaskOutcome dispatch(TaskInvocation invocation) {
        TaskHandler handler = engine.taskHandler();
        TaskOutcome outcome = handler == null ? null : handler.handle(invocation);
        if (outcome == null) {
            throw new UnmockedTaskException("The Task state '" + invocation.stateName() + "' (resource "
                    + invocation.resource() + ", attempt " + invocation.attempt() + ") has no mocked response.\n"
                    + "  input: " + Json.write(invocation.input()) + "\n"
                    + "  Mock it by state name, for example {\"" + invocation.stateName() + "\": {\""
                    + invocation.attempt() + "\": {\"Return\": {}}}}.");
        }
        return outcome;
    }

    /** The next 0-based invocation number of a Task state. */
    int nextInvocation(String stateName) {
        int next = invocations.getOrDefault(stateName, 0);
        invocations.put(stateName, next + 1);
        return next;
    }

    void countTransition() {
        if (++transitions > engine.maxStateTransitions()) {
            throw new ExecutionTermination(ErrorNames.RUNTIME, "The execution passed the cap of "
                    + engine.maxStateTransitions() + " state transitions (Engine.Builder.maxStateTransitions); "
                    + "is a loop missing its exit?");
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

    StateMachine machine() {
        return machine;
    }

    Agenda agenda() {
        return agenda;
    }

    HistoryRecorder history() {
        return history;
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
