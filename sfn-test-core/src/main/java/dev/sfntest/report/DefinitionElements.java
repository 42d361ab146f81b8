package dev.sfntest.report;

import dev.sfntest.asl.Catcher;
import dev.sfntest.asl.ChoiceBranch;
import dev.sfntest.asl.ChoiceState;
import dev.sfntest.asl.ErrorHandling;
import dev.sfntest.asl.MapState;
import dev.sfntest.asl.ParallelState;
import dev.sfntest.asl.State;
import dev.sfntest.asl.StateGraph;
import dev.sfntest.asl.TaskState;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What a definition offers to exercise: its states (at any depth), transitions, retriers and catchers. */
final class DefinitionElements {
    private DefinitionElements() {
    }

    /** Every state, depth first in definition order. */
    static List<State> states(StateGraph graph) {
        List<State> out = new ArrayList<>();
        collect(graph, out);
        return out;
    }

    private static void collect(StateGraph graph, List<State> out) {
        for (State state : graph.states().values()) {
            out.add(state);
            if (state instanceof ParallelState parallel) {
                parallel.branches().forEach(b -> collect(b, out));
            } else if (state instanceof MapState map) {
                collect(map.processor(), out);
            }
        }
    }

    /** The states a state may go to next: {@code Next}, Choice rules and Default, catchers, in that order. */
    static Set<String> successors(State state) {
        Set<String> out = new LinkedHashSet<>();
        if (state instanceof ChoiceState choice) {
            for (ChoiceBranch branch : choice.choices()) {
                out.add(branch.next());
            }
            if (choice.defaultNext() != null) {
                out.add(choice.defaultNext());
            }
        } else if (state.common().next() != null) {
            out.add(state.common().next());
        }
        ErrorHandling handling = handling(state);
        if (handling != null) {
            for (Catcher catcher : handling.catchers()) {
                out.add(catcher.next());
            }
        }
        return out;
    }

    /** The retriers and catchers of a Task, Parallel or Map state, or {@code null}. */
    static ErrorHandling handling(State state) {
        if (state instanceof TaskState task) {
            return task.handling();
        } else if (state instanceof ParallelState parallel) {
            return parallel.handling();
        } else if (state instanceof MapState map) {
            return map.handling();
        }
        return null;
    }

    /** Whether {@code errorEquals} answers {@code error} ({@code null}: an error not known, answered by any). */
    static boolean matches(List<String> errorEquals, String error) {
        if (error == null || errorEquals.contains("States.ALL") || errorEquals.contains(error)) {
            return true;
        }
        return errorEquals.contains("States.TaskFailed") && !error.equals("States.Timeout");
    }
}
