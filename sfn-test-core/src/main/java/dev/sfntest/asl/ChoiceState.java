package dev.sfntest.asl;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A {@code Choice} state.
 *
 * @param common shared fields
 * @param choices {@code Choices}, in order
 * @param defaultNext {@code Default}, or {@code null}
 */
@API(status = EXPERIMENTAL)
public record ChoiceState(StateCommon common, List<ChoiceBranch> choices, String defaultNext) implements State {
    /** Copies the list. */
    public ChoiceState {
        choices = List.copyOf(choices);
    }

    @Override
    public String type() {
        return "Choice";
    }
}
