package dev.sfntest.asl;

import dev.sfntest.data.Template;
import java.util.List;

/**
 * A {@code Parallel} state.
 *
 * @param common shared fields
 * @param branches {@code Branches}
 * @param parameters {@code Parameters}, or {@code null}
 * @param arguments {@code Arguments} (JSONata), or {@code null}
 * @param handling result selector, result path, retriers and catchers
 */
public record ParallelState(StateCommon common, List<StateGraph> branches, Template parameters,
        FieldValue arguments, ErrorHandling handling) implements State {
    /** Copies the list. */
    public ParallelState {
        branches = List.copyOf(branches);
    }

    @Override
    public String type() {
        return "Parallel";
    }
}
