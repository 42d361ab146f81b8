package dev.sfntest.property.internal;

import dev.sfntest.asl.TaskState;
import dev.sfntest.history.EventDetails;
import dev.sfntest.history.HistoryEvent;
import dev.sfntest.history.HistoryEventType;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A history read as chains: each event follows its {@code previousEventId}, so the events of one
 * state visit (and of one Parallel branch or Map iteration) form a chain even when interleaved.
 */
final class HistoryIndex {
    static final Set<HistoryEventType> SCHEDULED = EnumSet.of(HistoryEventType.TaskScheduled,
            HistoryEventType.LambdaFunctionScheduled, HistoryEventType.ActivityScheduled);
    static final Set<HistoryEventType> FAILED = EnumSet.of(HistoryEventType.TaskFailed,
            HistoryEventType.TaskTimedOut, HistoryEventType.LambdaFunctionFailed,
            HistoryEventType.LambdaFunctionTimedOut, HistoryEventType.ActivityFailed,
            HistoryEventType.ActivityTimedOut);
    static final Set<HistoryEventType> TIMED_OUT = EnumSet.of(HistoryEventType.TaskTimedOut,
            HistoryEventType.LambdaFunctionTimedOut, HistoryEventType.ActivityTimedOut);
    static final Set<HistoryEventType> STARTED = EnumSet.of(HistoryEventType.TaskStarted,
            HistoryEventType.LambdaFunctionStarted, HistoryEventType.ActivityStarted);

    private final List<HistoryEvent> events;
    private final Map<Long, HistoryEvent> firstChild = new HashMap<>();

    HistoryIndex(List<HistoryEvent> events) {
        this.events = events;
        for (HistoryEvent event : events) {
            firstChild.putIfAbsent(event.previousEventId(), event);
        }
    }

    List<HistoryEvent> events() {
        return events;
    }

    /** The first event that follows {@code event} in its chain, or {@code null}. */
    HistoryEvent next(HistoryEvent event) {
        return firstChild.get(event.id());
    }

    /**
     * Whether a failure event is a heartbeat timeout: a timed-out task that had HeartbeatSeconds and
     * ended before its TimeoutSeconds (both from its scheduled event) had passed since it started.
     */
    boolean isHeartbeatTimeout(HistoryEvent failed) {
        if (!TIMED_OUT.contains(failed.type())) {
            return false;
        }
        HistoryEvent started = null;
        HistoryEvent event = failed;
        while (event != null && !SCHEDULED.contains(event.type())) {
            if (STARTED.contains(event.type())) {
                started = event;
            }
            event = byId(event.previousEventId());
        }
        if (event == null) {
            return false;
        }
        Long heartbeat = event.details() instanceof EventDetails.TaskScheduled t ? t.heartbeatInSeconds()
                : event.details() instanceof EventDetails.Scheduled s ? s.heartbeatInSeconds() : null;
        Long timeout = event.details() instanceof EventDetails.TaskScheduled t ? t.timeoutInSeconds()
                : event.details() instanceof EventDetails.Scheduled s ? s.timeoutInSeconds() : null;
        HistoryEvent from = started != null ? started : event;
        long ran = failed.timestamp().toEpochMilli() - from.timestamp().toEpochMilli();
        return heartbeat != null && (timeout == null || ran < timeout * 1000);
    }

    private HistoryEvent byId(long id) {
        return id >= 1 && id <= events.size() && events.get((int) id - 1).id() == id ? events.get((int) id - 1) : null;
    }

    /** Checks one visit of a Task state, starting at its entered event; {@code null} when it holds. */
    interface TaskVisitCheck {
        String check(HistoryIndex history, TaskState task, HistoryEvent entered);
    }

    /** The first violation {@code check} finds over every Task visit of the history, or {@code null}. */
    static String firstTaskViolation(StateIndex states, List<HistoryEvent> events, TaskVisitCheck check) {
        HistoryIndex history = new HistoryIndex(events);
        for (HistoryEvent event : history.events()) {
            EventDetails.StateEntered entered = entered(event);
            if (entered != null && states.state(entered.name()) instanceof TaskState task) {
                String violation = check.check(history, task, event);
                if (violation != null) {
                    return violation;
                }
            }
        }
        return null;
    }

    /** Whether {@code event} aborts a state (its branch or iteration stopped because another failed). */
    static boolean isAborted(HistoryEvent event) {
        return event != null && event.type().name().endsWith("StateAborted");
    }

    /** The error name of a failure event, or {@code null}. */
    static String error(HistoryEvent event) {
        if (event.details() instanceof EventDetails.TaskFailed failed) {
            return failed.error();
        }
        return event.details() instanceof EventDetails.Failure failure ? failure.error() : null;
    }

    /** The cause of a failure event, or {@code null}. */
    static String cause(HistoryEvent event) {
        if (event.details() instanceof EventDetails.TaskFailed failed) {
            return failed.cause();
        }
        return event.details() instanceof EventDetails.Failure failure ? failure.cause() : null;
    }

    /** The state an event enters, or {@code null} when it enters none. */
    static EventDetails.StateEntered entered(HistoryEvent event) {
        return event == null ? null : event.details() instanceof EventDetails.StateEntered e ? e : null;
    }
}
