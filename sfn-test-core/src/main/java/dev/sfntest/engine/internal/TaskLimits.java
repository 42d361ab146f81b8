package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.FieldValue;
import dev.sfntest.asl.TaskState;
import dev.sfntest.data.ErrorNames;
import dev.sfntest.data.Json;
import dev.sfntest.data.CompiledPath;
import dev.sfntest.data.PathException;

/**
 * A Task's TimeoutSeconds and HeartbeatSeconds for one attempt: literal, from a path, or from a
 * JSONata expression.
 *
 * @param timeoutSeconds the timeout, or {@code null} for none
 * @param heartbeatSeconds the heartbeat interval, or {@code null} for none
 */
record TaskLimits(Long timeoutSeconds, Long heartbeatSeconds) {

    static TaskLimits resolve(StateVisit visit, TaskState task, JsonNode effective) {
        if (visit.isJsonata()) {
            return new TaskLimits(jsonata(visit, task.timeoutSeconds(), "TimeoutSeconds"),
                    jsonata(visit, task.heartbeatSeconds(), "HeartbeatSeconds"));
        }
        return new TaskLimits(
                jsonPath(visit, task.timeoutSeconds(), task.timeoutSecondsPath(), "TimeoutSecondsPath", effective),
                jsonPath(visit, task.heartbeatSeconds(), task.heartbeatSecondsPath(), "HeartbeatSecondsPath",
                        effective));
    }

    private static Long jsonata(StateVisit visit, FieldValue compiled, String field) {
        JsonNode value = visit.jsonata(compiled, field, null);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() <= 0) {
            throw visit.failure(ErrorNames.QUERY_EVALUATION_ERROR, "The " + field + " field must be a positive "
                    + "integer, but was: " + Json.write(value), field);
        }
        return value.longValue();
    }

    private static Long jsonPath(StateVisit visit, FieldValue literal, CompiledPath path, String field,
            JsonNode effective) {
        if (literal != null && literal.source().isNumber()) {
            return literal.source().longValue();
        }
        if (path == null) {
            return null;
        }
        JsonNode value;
        try {
            value = path.read(visit.data(effective));
        } catch (PathException e) {
            throw visit.runtimeError("Invalid path '" + path.text() + "' : " + e.getMessage());
        }
        if (value.isIntegralNumber() && value.canConvertToLong() && value.longValue() > 0) {
            return value.longValue();
        }
        throw visit.runtimeError("The " + field + " field refers to value \"" + (value.isTextual()
                ? value.textValue() : Json.write(value)) + "\" which is not a valid integer: " + path.text());
    }

    /** {@code true} when the task can time out or must send heartbeats. */
    boolean any() {
        return timeoutSeconds != null || heartbeatSeconds != null;
    }
}
