package dev.sfntest.report;

import dev.sfntest.asl.Catcher;
import dev.sfntest.asl.ChoiceBranch;
import dev.sfntest.asl.ChoiceState;
import dev.sfntest.asl.ErrorHandling;
import dev.sfntest.asl.MapState;
import dev.sfntest.asl.ParallelState;
import dev.sfntest.asl.State;
import dev.sfntest.asl.StateGraph;
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
        ErrorHandling handling = state.handling();
        if (handling != null) {
            for (Catcher catcher : handling.catchers()) {
                out.add(catcher.next());
            }
        }
        return out;
    }

    /** Whether {@code errorEquals} answers {@code error} ({@code null}: an error not known, answered by any). */
    static boolean matches(List<String> errorEquals, String error) {
        return error == null || ErrorHandling.matches(errorEquals, error);
    }
}
