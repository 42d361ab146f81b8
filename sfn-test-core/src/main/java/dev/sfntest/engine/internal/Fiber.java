package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.State;
import dev.sfntest.asl.StateGraph;
import dev.sfntest.data.ErrorNames;
import dev.sfntest.data.StatesException;
import dev.sfntest.history.EventDetails;
import dev.sfntest.history.HistoryEventType;
import java.util.function.Supplier;

/**
 * One thread of control through a {@link StateGraph}: the execution itself, a Parallel branch or
 * a Map iteration. Fibers interleave on the agenda; none has a thread of its own.
 */
final class Fiber {
    private final ExecutionRun run;
    private final StateGraph graph;
    private final Fiber parent;
    private final FiberListener listener;
    private final int index;
    private final VariableScope variables;
    private long lastEventId;
    private boolean cancelled;
    private boolean done;
    private State suspendedIn;
    private State entered;
    private JsonNode enteredInput;
    /** What the Parallel or inline Map this fiber ran last kept when it failed, for a redrive. */
    private RedriveMemo failedMemo;
    /** The memo a redriven fiber consumes when it enters its failed state again. */
    private RedriveMemo redriving;

    Fiber(ExecutionRun run, StateGraph graph, Fiber parent, FiberListener listener, int index, long lastEventId,
            VariableScope variables) {
        this.run = run;
        this.variables = variables;
        this.graph = graph;
        this.parent = parent;
        this.listener = listener;
        this.index = index;
        this.lastEventId = lastEventId;
    }

    ExecutionRun run() {
        return run;
    }

    /** The variables this fiber reads and writes. */
    VariableScope variables() {
        return variables;
    }

    /** The branch or iteration index (0 for the execution). */
    int index() {
        return index;
    }

    /** Records an event after this fiber's previous one. */
    long record(HistoryEventType type, EventDetails details) {
        lastEventId = run.history().add(type, lastEventId, details);
        return lastEventId;
    }

    long lastEventId() {
        return lastEventId;
    }

    /** Makes {@code eventId} the event this fiber's next one follows. */
    void follow(long eventId) {
        lastEventId = eventId;
    }

    /**
     * Records an event after this fiber's previous one without making it the one the next event
     * follows: AWS links the event after a {@code MapStateSucceeded} or
     * {@code ParallelStateSucceeded} to the event that one follows.
     */
    long recordAside(HistoryEventType type, EventDetails details) {
        return run.history().add(type, lastEventId, details);
    }

    /** Whether this fiber is cancelled, or its execution has ended (a limit ends it with fibers still running). */
    boolean isCancelled() {
        if (run.result() != null) {
            return true;
        }
        for (Fiber fiber = this; fiber != null; fiber = fiber.parent) {
            if (fiber.cancelled) {
                return true;
            }
        }
        return false;
    }

    boolean isDone() {
        return done;
    }

    /**
     * Stops the fiber where it is; a state it was suspended in gets its {@code ...StateAborted}
     * event when AWS has one.
     */
    void cancel() {
        if (done || cancelled) {
            return;
        }
        cancelled = true;
        if (suspendedIn != null) {
            HistoryEventType aborted = switch (suspendedIn.type()) {
                case "Task" -> HistoryEventType.TaskStateAborted;
                case "Wait" -> HistoryEventType.WaitStateAborted;
                case "Map" -> HistoryEventType.MapStateAborted;
                case "Parallel" -> HistoryEventType.ParallelStateAborted;
                default -> null;
            };
            if (aborted != null) {
                record(aborted, new EventDetails.None());
            }
        }
    }

    /** Starts at the graph's StartAt. */
    void start(JsonNode input) {
        startAt(graph.startAt(), input);
    }

    /** Starts at {@code stateName} with {@code input} (a redrive starts at the unsuccessful state). */
    void startAt(String stateName, JsonNode input) {
        run.guarded(() -> proceed(new Step.Transition(stateName, input)));
    }

    /** The state this fiber entered last, or {@code null}: after a failure, the unsuccessful one. */
    State lastEntered() {
        return entered;
    }

    /** The input the state this fiber entered last was entered with. */
    JsonNode lastEnteredInput() {
        return enteredInput;
    }

    /** Remembers what a Parallel or inline Map this fiber ran kept when it failed. */
    void rememberForRedrive(RedriveMemo memo) {
        failedMemo = memo;
    }

    /** The memo of the Parallel or inline Map this fiber stopped in, or {@code null}. */
    RedriveMemo memoOfLastEntered() {
        return failedMemo != null && failedMemo.state() == entered ? failedMemo : null;
    }

    /** Gives this fresh fiber the memo of the failed state it goes on from ({@code null}: none). */
    void redriveWith(RedriveMemo memo) {
        redriving = memo;
    }

    /**
     * What the Parallel or inline Map {@code state} this fiber enters keeps of its failed attempt:
     * the memo when this is its redrive, else {@code null}. Any memo is dropped: each launch starts
     * a new record.
     */
    RedriveMemo takeRedriveMemo(State state) {
        RedriveMemo taken = redriving != null && redriving.state() == state ? redriving : null;
        redriving = null;
        failedMemo = null;
        return taken;
    }

    /** Stops the fiber for good without recording anything: a redrive replaces it. */
    void supersede() {
        cancelled = true;
    }

    /** Resumes a suspended state with the step its continuation computes. */
    void resume(Supplier<Step> continuation) {
        run.guarded(() -> {
            if (isCancelled() || done) {
                return;
            }
            Step step;
            try {
                step = continuation.get();
            } catch (StatesException e) {
                // an error raised on resuming (a Wait's output over the payload limit): the state fails
                step = new Step.Failed(e, ErrorNames.RUNTIME.equals(e.error()));
            }
            if (step == Step.SUSPENDED) {
                return;
            }
            suspendedIn = null;
            proceed(step);
        });
    }

    /** Schedules {@link #resume} at a virtual instant. */
    void resumeAt(long instant, Supplier<Step> continuation) {
        run.agenda().schedule(instant, () -> resume(continuation));
    }

    private void proceed(Step step) {
        Step current = step;
        while (true) {
            if (isCancelled()) {
                return;
            }
            if (current instanceof Step.Transition transition) {
                State state = graph.state(transition.next());
                if (state == null) {
                    throw MissingState.termination(transition.next());
                }
                entered = state;
                enteredInput = transition.input();
                current = run.interpreter().enter(this, state, transition.input());
                if (current == Step.SUSPENDED) {
                    suspendedIn = state;
                }
            } else if (current instanceof Step.Finished finished) {
                done = true;
                listener.succeeded(this, finished.output());
                return;
            } else if (current instanceof Step.Failed failed) {
                done = true;
                listener.failed(this, failed);
                return;
            } else {
                return;
            }
        }
    }
}
