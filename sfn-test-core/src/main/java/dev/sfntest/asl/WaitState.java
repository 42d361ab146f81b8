package dev.sfntest.asl;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.sfntest.data.CompiledPath;
import org.apiguardian.api.API;

/**
 * A {@code Wait} state: exactly one of its four fields is set.
 *
 * @param common shared fields
 * @param seconds {@code Seconds} (a number, or a JSONata expression), or {@code null}
 * @param secondsPath {@code SecondsPath}, or {@code null}
 * @param timestamp {@code Timestamp} (a string, or a JSONata expression), or {@code null}
 * @param timestampPath {@code TimestampPath}, or {@code null}
 */
@API(status = EXPERIMENTAL)
public record WaitState(StateCommon common, FieldValue seconds, CompiledPath secondsPath, FieldValue timestamp,
        CompiledPath timestampPath) implements State {
    @Override
    public String type() {
        return "Wait";
    }
}
