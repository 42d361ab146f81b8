package dev.sfntest.asl.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.QueryLanguage;
import dev.sfntest.service.ServiceModels;
import java.util.List;

/** Task states: {@code Resource}, timeouts and heartbeats, {@code Credentials}. */
final class TaskChecks {
    private final Checks checks;
    private final DataChecks data;
    private final ServiceChecks service;

    TaskChecks(Checks checks, DataChecks data) {
        this.checks = checks;
        this.data = data;
        this.service = new ServiceChecks(checks.report(), ServiceModels.standard());
    }

    void check(JsonNode state, String pointer, QueryLanguage language) {
        if (checks.required(state, "Resource", pointer, "A Task state")) {
            if (checks.string(state, "Resource", pointer)) {
                service.task(state, pointer, language);
            }
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
        if (checks.object(state, "Credentials", pointer)) {
            credentials(state.get("Credentials"), pointer + "/Credentials", language);
        }
    }

    /** {@code Credentials}: a role to assume, {@code RoleArn} (or {@code RoleArn.$} with JSONPath), and nothing else. */
    private void credentials(JsonNode credentials, String pointer, QueryLanguage language) {
        List<String> allowed = language == QueryLanguage.JSONPATH ? List.of("RoleArn", "RoleArn.$") : List.of("RoleArn");
        checks.unknownFields(credentials, pointer, allowed, "'Credentials'",
                field -> field.equals("RoleArn.$") ? "'RoleArn.$' is a JSONPath field, but this state uses JSONata; "
                        + "write \"RoleArn\": \"{% ... %}\" instead" : null);
        if (!credentials.has("RoleArn") && !credentials.has("RoleArn.$")) {
            checks.report().error("MISSING_FIELD", pointer, "'Credentials' is missing the required field 'RoleArn'"
                    + (language == QueryLanguage.JSONPATH ? " (or 'RoleArn.$')" : ""));
        }
        checks.exclusive(credentials, "RoleArn", "RoleArn.$", pointer);
        checks.string(credentials, "RoleArn", pointer);
    }
}
