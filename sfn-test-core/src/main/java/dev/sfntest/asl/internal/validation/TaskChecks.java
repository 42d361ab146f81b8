package dev.sfntest.asl.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.QueryLanguage;

/** Task states: {@code Resource}, timeouts and heartbeats, {@code Credentials}. */
final class TaskChecks {
    private final Checks checks;
    private final DataChecks data;

    TaskChecks(Checks checks, DataChecks data) {
        this.checks = checks;
        this.data = data;
    }

    void check(JsonNode state, String pointer, QueryLanguage language) {
        if (checks.required(state, "Resource", pointer, "A Task state")) {
            checks.string(state, "Resource", pointer);
        }
        boolean timeout = checks.integer(state, "TimeoutSeconds", pointer, 1, Checks.MAX_INTEGER, language);
        boolean heartbeat = checks.integer(state, "HeartbeatSeconds", pointer, 1, Checks.MAX_INTEGER, language);
        checks.exclusive(state, "TimeoutSeconds", "TimeoutSecondsPath", pointer);
        checks.exclusive(state, "HeartbeatSeconds", "HeartbeatSecondsPath", pointer);
        data.path(state, "TimeoutSecondsPath", pointer, false);
        data.path(state, "HeartbeatSecondsPath", pointer, false);
        if (timeout && heartbeat
                && state.get("HeartbeatSeconds").longValue() >= state.get("TimeoutSeconds").longValue()) {
            checks.report().error("INVALID_VALUE", pointer + "/HeartbeatSeconds", "'HeartbeatSeconds' ("
                    + state.get("HeartbeatSeconds").longValue() + ") must be less than 'TimeoutSeconds' ("
                    + state.get("TimeoutSeconds").longValue() + ")");
        }
        if (language == QueryLanguage.JSONPATH) {
            data.template(state, "Credentials", pointer);
        }
        checks.object(state, "Credentials", pointer);
    }
}
