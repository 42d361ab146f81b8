package dev.sfntest.property.internal;

import dev.sfntest.asl.Catcher;
import dev.sfntest.asl.ErrorHandling;
import dev.sfntest.asl.MapState;
import dev.sfntest.asl.ParallelState;
import dev.sfntest.asl.State;
import dev.sfntest.asl.StateGraph;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.asl.TaskState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every state of a machine by name, nested ones included, in definition order. */
public final class StateIndex {
    private final Map<String, State> states = new LinkedHashMap<>();

    private StateIndex(StateMachine machine) {
        add(machine.graph());
    }

    /** The index of {@code machine}. */
    public static StateIndex of(StateMachine machine) {
        return new StateIndex(machine);
    }

    private void add(StateGraph graph) {
        for (State state : graph.states().values()) {
            states.put(state.name(), state);
            if (state instanceof ParallelState parallel) {
                parallel.branches().forEach(this::add);
            } else if (state instanceof MapState map) {
                add(map.processor());
            }
        }
    }

    /** The state named {@code name}, or {@code null}. */
    public State state(String name) {
        return states.get(name);
    }

    /** Every state name. */
    public List<String> names() {
        return List.copyOf(states.keySet());
    }

    /** The Task states. */
    public List<TaskState> tasks() {
        List<TaskState> tasks = new ArrayList<>();
        for (State state : states.values()) {
            if (state instanceof TaskState task) {
                tasks.add(task);
            }
        }
        return Collections.unmodifiableList(tasks);
    }

    /** Each catcher as {@code "Charge -> Refund"}, in definition order. */
    public List<String> catchers() {
        List<String> out = new ArrayList<>();
        for (State state : states.values()) {
            ErrorHandling handling = handling(state);
            if (handling != null) {
                for (Catcher catcher : handling.catchers()) {
                    String edge = state.name() + " -> " + catcher.next();
                    if (!out.contains(edge)) {
                        out.add(edge);
                    }
                }
            }
        }
        return out;
    }

    /** The Retry and Catch of a Task, Parallel or Map state, else {@code null}. */
    public static ErrorHandling handling(State state) {
        if (state instanceof TaskState task) {
            return task.handling();
        }
        if (state instanceof ParallelState parallel) {
            return parallel.handling();
        }
        return state instanceof MapState map ? map.handling() : null;
    }
}
