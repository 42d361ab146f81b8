package dev.sfntest.asl.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.QueryLanguage;
import java.util.List;
import java.util.Set;

/** {@code Retry} and {@code Catch} of Task, Parallel and Map states. */
final class ErrorHandlingChecks {
    private static final String ALL = "States.ALL";
    private static final long MAX_DELAY_LIMIT = 31_622_400L;

    private final Checks checks;
    private final DataChecks data;

    ErrorHandlingChecks(Checks checks, DataChecks data) {
        this.checks = checks;
        this.data = data;
    }

    void check(JsonNode state, String pointer, QueryLanguage language) {
        JsonNode retry = list(state, "Retry", pointer);
        for (int i = 0; retry != null && i < retry.size(); i++) {
            retrier(retry.get(i), Checks.pointer(pointer + "/Retry", i), language, i == retry.size() - 1);
        }
        JsonNode catchers = list(state, "Catch", pointer);
        for (int i = 0; catchers != null && i < catchers.size(); i++) {
            catcher(catchers.get(i), Checks.pointer(pointer + "/Catch", i), language, i == catchers.size() - 1);
        }
    }

    private JsonNode list(JsonNode state, String field, String pointer) {
        JsonNode value = state.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            checks.report().error("INVALID_TYPE", Checks.pointer(pointer, field), "'" + field
                    + "' must be an array, found " + Checks.show(value));
            return null;
        }
        return value;
    }

    private void retrier(JsonNode retrier, String pointer, QueryLanguage language, boolean last) {
        if (!retrier.isObject()) {
            checks.report().error("INVALID_TYPE", pointer, "A Retrier must be an object, found " + Checks.show(retrier));
            return;
        }
        checks.unknownFields(retrier, pointer, FieldRules.RETRIER, "a Retrier", field -> null);
        errorEquals(retrier, pointer, "Retrier", last);
        JsonNode interval = retrier.get("IntervalSeconds");
        if (interval != null && interval.isIntegralNumber() && interval.canConvertToLong() && interval.longValue() == 0) {
            // AWS documents a positive integer, but the CDK emits 0 and Step Functions Local accepts it
            checks.report().warning("RETRY_INTERVAL_ZERO", pointer + "/IntervalSeconds", "'IntervalSeconds' is 0; "
                    + "AWS documents a positive integer, and a retry without a wait hammers the failing service");
        } else {
            checks.integer(retrier, "IntervalSeconds", pointer, 1, Checks.MAX_INTEGER, language);
        }
        checks.integer(retrier, "MaxAttempts", pointer, 0, Checks.MAX_INTEGER, language);
        checks.integer(retrier, "MaxDelaySeconds", pointer, 1, MAX_DELAY_LIMIT, language);
        JsonNode backoff = retrier.get("BackoffRate");
        if (backoff != null && !Checks.isPlaceholder(backoff)
                && !(language == QueryLanguage.JSONATA && Checks.isJsonata(backoff))) {
            if (!backoff.isNumber()) {
                checks.report().error("INVALID_TYPE", pointer + "/BackoffRate", "'BackoffRate' must be a number "
                        + "of at least 1.0, found " + Checks.show(backoff));
            } else if (backoff.doubleValue() < 1.0) {
                checks.report().error("INVALID_VALUE", pointer + "/BackoffRate", "'BackoffRate' must be at least "
                        + "1.0, found " + Checks.show(backoff));
            }
        }
        checks.oneOf(retrier, "JitterStrategy", pointer, List.of("FULL", "NONE"));
        checks.string(retrier, "Comment", pointer);
    }

    private void catcher(JsonNode catcher, String pointer, QueryLanguage language, boolean last) {
        if (!catcher.isObject()) {
            checks.report().error("INVALID_TYPE", pointer, "A Catcher must be an object, found " + Checks.show(catcher));
            return;
        }
        checks.unknownFields(catcher, pointer, FieldRules.catcher(language), "a Catcher",
                field -> FieldRules.catcher(other(language)).contains(field)
                        ? FieldRules.mismatch(field, language) : null);
        errorEquals(catcher, pointer, "Catcher", last);
        if (checks.required(catcher, "Next", pointer, "A Catcher")) {
            checks.string(catcher, "Next", pointer);
        }
        checks.string(catcher, "Comment", pointer);
        checks.object(catcher, "Assign", pointer);
        if (language == QueryLanguage.JSONPATH) {
            data.referencePath(catcher, "ResultPath", pointer);
            data.template(catcher, "Assign", pointer);
        } else {
            data.jsonataFields(catcher, pointer, Set.of(), Set.of(), Set.of("Output", "Assign"));
        }
    }

    private void errorEquals(JsonNode node, String pointer, String what, boolean last) {
        if (!checks.required(node, "ErrorEquals", pointer, "A " + what)) {
            return;
        }
        JsonNode errors = node.get("ErrorEquals");
        String at = pointer + "/ErrorEquals";
        if (!errors.isArray() || errors.isEmpty()) {
            checks.report().error(errors.isArray() ? "INVALID_VALUE" : "INVALID_TYPE", at, "'ErrorEquals' must be "
                    + "a non-empty array of error names, found " + Checks.show(errors));
            return;
        }
        for (int i = 0; i < errors.size(); i++) {
            JsonNode error = errors.get(i);
            if (!error.isTextual()) {
                checks.report().error("INVALID_TYPE", Checks.pointer(at, i), "Error names must be strings, found "
                        + Checks.show(error));
            } else if (error.textValue().equals(ALL) && errors.size() > 1) {
                checks.report().error("INVALID_STATES_ALL", Checks.pointer(at, i), "'States.ALL' must be the only "
                        + "error name in its 'ErrorEquals'");
            } else if (error.textValue().equals(ALL) && !last) {
                checks.report().error("INVALID_STATES_ALL", Checks.pointer(at, i), "A " + what + " with 'States.ALL' "
                        + "must be the last one; move it after the others");
            }
        }
    }

    private static QueryLanguage other(QueryLanguage language) {
        return language == QueryLanguage.JSONPATH ? QueryLanguage.JSONATA : QueryLanguage.JSONPATH;
    }
}
