package dev.sfntest.asl;

/**
 * A {@code Succeed} state.
 *
 * @param common shared fields
 */
public record SucceedState(StateCommon common) implements State {
    @Override
    public String type() {
        return "Succeed";
    }
}
