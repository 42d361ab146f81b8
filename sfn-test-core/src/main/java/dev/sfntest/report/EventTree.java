package dev.sfntest.report;

import dev.sfntest.history.EventDetails;
import dev.sfntest.history.HistoryEvent;
import dev.sfntest.history.HistoryEventType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The events of a history as a tree: each event follows its {@code previousEventId}, so the
 * events of one fiber (the execution, a Parallel branch, a Map iteration) form one chain.
 */
final class EventTree {
    private static final Set<HistoryEventType> ATTEMPT_STARTS = Set.of(HistoryEventType.TaskScheduled,
            HistoryEventType.LambdaFunctionScheduled, HistoryEventType.ActivityScheduled,
            HistoryEventType.ParallelStateStarted, HistoryEventType.MapStateStarted);

    private final List<HistoryEvent> events;
    private final Map<Long, HistoryEvent> byId = new HashMap<>();
    private final Map<Long, String> owners = new HashMap<>();
    private final Map<Long, List<HistoryEvent>> children = new HashMap<>();

    EventTree(List<HistoryEvent> events) {
        this.events = List.copyOf(events);
        for (HistoryEvent event : this.events) {
            byId.put(event.id(), event);
            children.computeIfAbsent(event.previousEventId(), id -> new ArrayList<>()).add(event);
            owners.put(event.id(), ownerOf(event));
        }
    }

    private String ownerOf(HistoryEvent event) {
        String own = stateName(event);
        if (own != null) {
            return own;
        }
        if (event.details() instanceof EventDetails.MapIteration iteration) {
            return iteration.name();
        }
        HistoryEvent parent = byId.get(event.previousEventId());
        return parent == null || isExited(parent) ? null : owners.get(parent.id());
    }

    List<HistoryEvent> events() {
        return events;
    }

    HistoryEvent parent(HistoryEvent event) {
        return byId.get(event.previousEventId());
    }

    List<HistoryEvent> children(HistoryEvent event) {
        return children.getOrDefault(event.id(), List.of());
    }

    /** The state an event belongs to, or {@code null} for execution-level events. */
    String owner(HistoryEvent event) {
        return owners.get(event.id());
    }

    /** {@code root} and every event that follows it, in history order. */
    List<HistoryEvent> subtree(HistoryEvent root) {
        Set<Long> ids = new HashSet<>();
        ids.add(root.id());
        List<HistoryEvent> out = new ArrayList<>();
        for (HistoryEvent event : events) {
            if (event.id() == root.id() || ids.contains(event.previousEventId()) && event.id() > root.id()) {
                ids.add(event.id());
                out.add(event);
            }
        }
        return out;
    }

    static String stateName(HistoryEvent event) {
        if (event.details() instanceof EventDetails.StateEntered entered) {
            return entered.name();
        }
        if (event.details() instanceof EventDetails.StateExited exited) {
            return exited.name();
        }
        return null;
    }

    static boolean isEntered(HistoryEvent event) {
        return event.details() instanceof EventDetails.StateEntered;
    }

    static boolean isExited(HistoryEvent event) {
        return event.details() instanceof EventDetails.StateExited;
    }

    static boolean isAttemptStart(HistoryEvent event) {
        return ATTEMPT_STARTS.contains(event.type());
    }

    /** The error a failure event names ({@code TaskFailed}, ...), or {@code null} (Parallel and Map failures name none). */
    static String error(HistoryEvent event) {
        if (event.details() instanceof EventDetails.TaskFailed failed) {
            return failed.error();
        }
        if (event.details() instanceof EventDetails.Failure failure && !event.type().name().startsWith("Execution")) {
            return failure.error();
        }
        if (event.details() instanceof EventDetails.EvaluationFailed failed) {
            return failed.error();
        }
        return null;
    }

    /** Whether a state's attempt failed here: a task, a Parallel or Map state, or an expression. */
    static boolean isFailure(HistoryEvent event) {
        String name = event.type().name();
        return !name.startsWith("Execution") && !name.startsWith("MapIteration") && !name.startsWith("MapRun")
                && (name.endsWith("Failed") || name.endsWith("TimedOut"));
    }
}
