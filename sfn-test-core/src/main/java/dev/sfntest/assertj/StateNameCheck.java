package dev.sfntest.assertj;

import dev.sfntest.asl.MapState;
import dev.sfntest.asl.ParallelState;
import dev.sfntest.asl.State;
import dev.sfntest.asl.StateGraph;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.asl.TaskState;
import dev.sfntest.internal.EditDistance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state names of a definition, nested ones included, to check the names an assertion is
 * given: a misspelt name fails with a "did you mean" instead of passing silently. Knows nothing,
 * and checks nothing, when the definition is unknown.
 */
final class StateNameCheck {
    private final Map<String, State> states = new LinkedHashMap<>();

    private StateNameCheck(StateMachine machine) {
        if (machine != null) {
            add(machine.graph());
        }
    }

    static StateNameCheck of(StateMachine machine) {
        return new StateNameCheck(machine);
    }

    private void add(StateGraph graph) {
        for (State state : graph.states().values()) {
            states.putIfAbsent(state.name(), state);
            if (state instanceof ParallelState parallel) {
                parallel.branches().forEach(this::add);
            } else if (state instanceof MapState map) {
                add(map.processor());
            }
        }
    }

    /** Whether the definition is known. */
    boolean known() {
        return !states.isEmpty();
    }

    /** The state named {@code name}, or {@code null} (also when the definition is unknown). */
    State state(String name) {
        return states.get(name);
    }

    /** Why {@code names} are not all states of the definition, or empty. */
    Optional<String> unknownStates(String... names) {
        for (String name : names) {
            if (known() && !states.containsKey(name)) {
                return Optional.of(unknown("state", name, new ArrayList<>(states.keySet())));
            }
        }
        return Optional.empty();
    }

    /** Why {@code name} is not a Task state of the definition, or empty. */
    Optional<String> unknownTask(String name) {
        return ofType(name, "Task state", TaskState.class);
    }

    /** Why {@code name} is not a Map state of the definition, or empty. */
    Optional<String> unknownMap(String name) {
        return ofType(name, "Map state", MapState.class);
    }

    /** Why {@code name} is not a Parallel state with a branch starting at {@code startAt}, or empty. */
    Optional<String> unknownBranch(String name, String startAt) {
        Optional<String> parallel = ofType(name, "Parallel state", ParallelState.class);
        if (parallel.isPresent() || !known()) {
            return parallel;
        }
        List<String> starts = ((ParallelState) states.get(name)).branches().stream().map(StateGraph::startAt).toList();
        return starts.contains(startAt) ? Optional.empty()
                : Optional.of(unknown("branch of the Parallel state '" + name + "' starting at", startAt, starts)
                        + " (its branches start at " + starts + ")");
    }

    private Optional<String> ofType(String name, String kind, Class<? extends State> type) {
        if (!known()) {
            return Optional.empty();
        }
        State state = states.get(name);
        if (type.isInstance(state)) {
            return Optional.empty();
        }
        List<String> candidates = states.values().stream().filter(type::isInstance).map(State::name).toList();
        if (state != null) {
            return Optional.of("'" + name + "' is a " + state.type() + " state, not a " + kind
                    + (candidates.isEmpty() ? "" : " (its " + kind + "s: " + candidates + ")"));
        }
        return Optional.of(unknown(kind, name, candidates));
    }

    private static String unknown(String kind, String name, List<String> candidates) {
        String hint = EditDistance.didYouMean(name, candidates);
        return "the state machine has no " + kind + " '" + name + "'"
                + (hint.isEmpty() ? " (it has " + candidates + ")" : hint);
    }
}
