package dev.sfntest.asl;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.sfntest.data.DynamicValue;
import org.apiguardian.api.API;

/**
 * A {@code Fail} state.
 *
 * @param common shared fields
 * @param error {@code Error} (a string, or a JSONata expression), or {@code null}
 * @param errorPath {@code ErrorPath} (a path or an intrinsic call), or {@code null}
 * @param cause {@code Cause} (a string, or a JSONata expression), or {@code null}
 * @param causePath {@code CausePath} (a path or an intrinsic call), or {@code null}
 */
@API(status = EXPERIMENTAL)
public record FailState(StateCommon common, FieldValue error, DynamicValue errorPath, FieldValue cause,
        DynamicValue causePath)
        implements State {
    @Override
    public String type() {
        return "Fail";
    }
}
