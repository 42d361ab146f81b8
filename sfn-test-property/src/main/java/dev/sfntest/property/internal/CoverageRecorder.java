package dev.sfntest.property.internal;

import dev.sfntest.history.EventDetails;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.HistoryEvent;
import dev.sfntest.property.CheckCoverage;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Accumulates the coverage of one check's executions; one per check, never shared. */
public final class CoverageRecorder {
    private final StateIndex states;
    private final Set<String> entered = new LinkedHashSet<>();
    private final Set<String> transitions = new LinkedHashSet<>();
    private final Set<String> catchersTaken = new LinkedHashSet<>();
    private int executions;

    /** A recorder for the states of {@code states}. */
    public CoverageRecorder(StateIndex states) {
        this.states = states;
    }

    /** Adds what {@code result} entered and took. */
    public void record(ExecutionResult result) {
        executions++;
        List<HistoryEvent> events = result.history();
        for (HistoryEvent event : events) {
            EventDetails.StateEntered state = HistoryIndex.entered(event);
            if (state == null) {
                continue;
            }
            entered.add(state.name());
            HistoryEvent previous = byId(events, event.previousEventId());
            if (previous != null && previous.details() instanceof EventDetails.StateExited exited) {
                String edge = exited.name() + " -> " + state.name();
                transitions.add(edge);
                HistoryEvent before = byId(events, previous.previousEventId());
                String type = before == null ? "" : before.type().name();
                if (type.endsWith("Failed") || type.endsWith("TimedOut")) {
                    catchersTaken.add(edge);
                }
            }
        }
    }

    /** The coverage so far. */
    public CheckCoverage coverage() {
        return new CheckCoverage(executions, states.names(), entered, transitions, states.catchers(), catchersTaken);
    }

    private static HistoryEvent byId(List<HistoryEvent> events, long id) {
        return id >= 1 && id <= events.size() ? events.get((int) id - 1) : null;
    }
}
