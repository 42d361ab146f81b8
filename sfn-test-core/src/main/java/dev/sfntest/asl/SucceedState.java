package dev.sfntest.asl;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A {@code Succeed} state.
 *
 * @param common shared fields
 */
@API(status = EXPERIMENTAL)
public record SucceedState(StateCommon common) implements State {
    @Override
    public String type() {
        return "Succeed";
    }
}
