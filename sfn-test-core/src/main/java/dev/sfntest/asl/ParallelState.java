package dev.sfntest.asl;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.sfntest.data.Template;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A {@code Parallel} state.
 *
 * @param common shared fields
 * @param branches {@code Branches}
 * @param parameters {@code Parameters}, or {@code null}
 * @param arguments {@code Arguments} (JSONata), or {@code null}
 * @param handling result selector, result path, retriers and catchers
 */
@API(status = EXPERIMENTAL)
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
