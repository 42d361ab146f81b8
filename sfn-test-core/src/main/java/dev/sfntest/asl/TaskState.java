package dev.sfntest.asl;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.sfntest.data.CompiledPath;
import dev.sfntest.data.Template;
import org.apiguardian.api.API;

/**
 * A {@code Task} state.
 *
 * @param common shared fields
 * @param resource {@code Resource}
 * @param parameters {@code Parameters}, or {@code null}
 * @param arguments {@code Arguments} (JSONata), or {@code null}
 * @param handling result selector, result path, retriers and catchers
 * @param timeoutSeconds {@code TimeoutSeconds} (a number or a JSONata expression), or {@code null}
 * @param timeoutSecondsPath {@code TimeoutSecondsPath}, or {@code null}
 * @param heartbeatSeconds {@code HeartbeatSeconds} (a number or a JSONata expression), or {@code null}
 * @param heartbeatSecondsPath {@code HeartbeatSecondsPath}, or {@code null}
 * @param credentials {@code Credentials}: a JSONPath payload template (its {@code RoleArn.$} compiled) or a
 *     JSONata value; {@code null} when absent
 */
@API(status = EXPERIMENTAL)
public record TaskState(StateCommon common, String resource, Template parameters, FieldValue arguments,
        ErrorHandling handling, FieldValue timeoutSeconds, CompiledPath timeoutSecondsPath,
        FieldValue heartbeatSeconds, CompiledPath heartbeatSecondsPath, FieldValue credentials) implements State {
    @Override
    public String type() {
        return "Task";
    }
}
