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
 * The events of a history as a tree of fibers (the execution, each Parallel branch, each Map
 * iteration). Most events follow their {@code previousEventId} within their fiber; where AWS links
 * across fibers, the tree puts the event where it belongs: a later {@code MapIterationStarted}
 * (linked to the previous iteration's last event) under the Map's {@code MapStateStarted}; a Map's
 * or Parallel's {@code ...Succeeded}, {@code ...Failed}, {@code ...Exited} or retried
 * {@code ...Started} (linked to an iteration's or branch's last event) after the state's own last
 * event; an {@code EvaluationFailed} (linked to the event before its state was entered) under its
 * state's entered event.
 */
final class EventTree {
    private static final Set<HistoryEventType> ATTEMPT_STARTS = Set.of(HistoryEventType.TaskScheduled,
            HistoryEventType.LambdaFunctionScheduled, HistoryEventType.ActivityScheduled,
            HistoryEventType.ParallelStateStarted, HistoryEventType.MapStateStarted);
    private static final Set<HistoryEventType> MAP_LEVEL = Set.of(HistoryEventType.MapStateStarted,
            HistoryEventType.MapStateSucceeded, HistoryEventType.MapStateFailed, HistoryEventType.MapStateAborted,
            HistoryEventType.MapStateExited);
    private static final Set<HistoryEventType> PARALLEL_LEVEL = Set.of(HistoryEventType.ParallelStateStarted,
            HistoryEventType.ParallelStateSucceeded, HistoryEventType.ParallelStateFailed,
            HistoryEventType.ParallelStateAborted, HistoryEventType.ParallelStateExited);

    private final List<HistoryEvent> events;
    private final Map<Long, HistoryEvent> byId = new HashMap<>();
    private final Map<Long, HistoryEvent> parents = new HashMap<>();
    /** The id of the event that opened each event's fiber (an iteration's or branch's first event), 0 for the execution. */
    private final Map<Long, Long> fibers = new HashMap<>();
    private final Map<Long, HistoryEvent> lastOfFiber = new HashMap<>();
    /** Per fiber, the Map and Parallel visits entered and not yet exited or failed. */
    private final Map<Long, Set<Long>> openVisits = new HashMap<>();
    private final Map<String, HistoryEvent> lastEntered = new HashMap<>();
    private final Map<Long, String> owners = new HashMap<>();
    private final Map<Long, List<HistoryEvent>> children = new HashMap<>();

    EventTree(List<HistoryEvent> events) {
        this.events = List.copyOf(events);
        for (HistoryEvent event : this.events) {
            byId.put(event.id(), event);
            place(event);
            HistoryEvent parent = parents.get(event.id());
            children.computeIfAbsent(parent == null ? 0L : parent.id(), id -> new ArrayList<>()).add(event);
            owners.put(event.id(), ownerOf(event));
            track(event);
        }
    }

    /** Sets the event's parent and fiber. */
    private void place(HistoryEvent event) {
        HistoryEvent linked = byId.get(event.previousEventId());
        long linkedFiber = linked == null ? 0L : fibers.get(linked.id());
        HistoryEventType type = event.type();
        if (type == HistoryEventType.MapIterationStarted) {
            HistoryEvent mapStarted = linked == null || linked.type() == HistoryEventType.MapStateStarted
                    || linkedFiber == 0L ? linked : parents.get(linkedFiber);
            set(event, mapStarted, event.id());
        } else if (isEntered(event) && linked != null && linked.type() == HistoryEventType.ParallelStateStarted) {
            set(event, linked, event.id());
        } else if (event.details() instanceof EventDetails.EvaluationFailed failed
                && lastEntered.containsKey(failed.state())) {
            HistoryEvent entered = lastEntered.get(failed.state());
            set(event, entered, fibers.get(entered.id()));
        } else if (linked != null && liftsOutOf(type, linked, linkedFiber)) {
            long outer = fibers.get(parents.get(linkedFiber).id());
            set(event, lastOfFiber.get(outer), outer);
        } else {
            set(event, linked, linkedFiber);
        }
    }

    /**
     * Whether a Map's or Parallel's own event linked into {@code fiber} belongs to the state that
     * runs that fiber (it ran an iteration or branch of it): the fiber is an iteration (for a Map
     * event) or branch (for a Parallel event) with no Map or Parallel of its own still open, and the
     * event is not the exit of a state inside it that failed and was caught.
     */
    private boolean liftsOutOf(HistoryEventType type, HistoryEvent linked, long fiber) {
        if (fiber == 0L || parents.get(fiber) == null || !openVisits.getOrDefault(fiber, Set.of()).isEmpty()) {
            return false;
        }
        if (type.name().endsWith("StateExited") && (linked.type() == HistoryEventType.MapStateFailed
                || linked.type() == HistoryEventType.ParallelStateFailed)) {
            return false;
        }
        boolean iteration = byId.get(fiber).type() == HistoryEventType.MapIterationStarted;
        return iteration ? MAP_LEVEL.contains(type) : PARALLEL_LEVEL.contains(type);
    }

    private void set(HistoryEvent event, HistoryEvent parent, long fiber) {
        if (parent != null) {
            parents.put(event.id(), parent);
        }
        fibers.put(event.id(), fiber);
    }

    /** Keeps the fiber's last event, its open Map and Parallel visits, and each state's last entry. */
    private void track(HistoryEvent event) {
        long fiber = fibers.get(event.id());
        lastOfFiber.put(fiber, event);
        HistoryEventType type = event.type();
        if (type == HistoryEventType.MapStateEntered || type == HistoryEventType.ParallelStateEntered) {
            openVisits.computeIfAbsent(fiber, f -> new HashSet<>()).add(event.id());
        } else if (MAP_LEVEL.contains(type) || PARALLEL_LEVEL.contains(type)) {
            if (type.name().endsWith("Exited") || type.name().endsWith("Failed")) {
                Set<Long> open = openVisits.getOrDefault(fiber, new HashSet<>());
                open.removeIf(id -> id.equals(visitOf(event)));
            }
        }
        if (isEntered(event)) {
            lastEntered.put(stateName(event), event);
        }
    }

    /** The entered event of the Map or Parallel visit a state-level event belongs to, by its parents. */
    private Long visitOf(HistoryEvent event) {
        for (HistoryEvent at = parents.get(event.id()); at != null; at = parents.get(at.id())) {
            if (at.type() == HistoryEventType.MapStateEntered || at.type() == HistoryEventType.ParallelStateEntered) {
                return at.id();
            }
        }
        return null;
    }

    private String ownerOf(HistoryEvent event) {
        String own = stateName(event);
        if (own != null) {
            return own;
        }
        if (event.details() instanceof EventDetails.MapIteration iteration) {
            return iteration.name();
        }
        if (event.details() instanceof EventDetails.EvaluationFailed failed) {
            return failed.state();
        }
        HistoryEvent parent = parents.get(event.id());
        return parent == null || isExited(parent) ? null : owners.get(parent.id());
    }

    List<HistoryEvent> events() {
        return events;
    }

    /** The event this one follows in its fiber (see the class comment), or {@code null}. */
    HistoryEvent parent(HistoryEvent event) {
        return parents.get(event.id());
    }

    List<HistoryEvent> children(HistoryEvent event) {
        return children.getOrDefault(event.id(), List.of());
    }

    /** The state an event belongs to, or {@code null} for execution-level events. */
    String owner(HistoryEvent event) {
        return owners.get(event.id());
    }

    /** The events of the fiber {@code opener} opened (an iteration's or branch's first event) and of fibers within it. */
    List<HistoryEvent> subtree(HistoryEvent opener) {
        List<HistoryEvent> out = new ArrayList<>();
        for (HistoryEvent event : events) {
            for (long fiber = fibers.get(event.id()); fiber != 0L; fiber = fibers.get(parents.get(fiber).id())) {
                if (fiber == opener.id()) {
                    out.add(event);
                    break;
                }
                if (parents.get(fiber) == null) {
                    break;
                }
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

    /** Whether the event starts a Map or Parallel state's run ({@code MapStateStarted}, {@code ParallelStateStarted}). */
    static boolean isStateStart(HistoryEvent event) {
        return event.type() == HistoryEventType.MapStateStarted || event.type() == HistoryEventType.ParallelStateStarted;
    }

    static boolean isAttemptStart(HistoryEvent event) {
        return ATTEMPT_STARTS.contains(event.type());
    }
}
