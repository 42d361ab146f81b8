package dev.sfntest.asl.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.QueryLanguage;
import dev.sfntest.asl.internal.StateFields;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Wait and Fail states (a Pass state has only fields every state type shares). */
final class SimpleStateChecks {
    /** The fields of which a Wait state needs exactly one, from the table of {@link StateFields}. */
    private static final List<StateFields.Field> WAIT_FIELDS = StateFields.exactlyOne("Wait");

    private final Checks checks;
    private final DataChecks data;

    SimpleStateChecks(Checks checks, DataChecks data) {
        this.checks = checks;
        this.data = data;
    }

    void waitState(JsonNode state, String pointer, QueryLanguage language) {
        List<String> present = WAIT_FIELDS.stream().map(StateFields.Field::name).filter(state::has).toList();
        if (present.isEmpty()) {
            checks.report().error("MISSING_FIELD", pointer, "A Wait state needs one of " + names(WAIT_FIELDS.stream()
                    .filter(field -> field.languages().allows(language)).toList()));
        } else if (present.size() > 1) {
            checks.report().error("CONFLICTING_FIELDS", Checks.pointer(pointer, present.get(1)), "A Wait state takes "
                    + "exactly one of " + names(WAIT_FIELDS) + "; found " + String.join(" and ", present));
        }
        checks.integer(state, "Seconds", pointer, 0, Checks.MAX_INTEGER, language);
        JsonNode timestamp = state.get("Timestamp");
        if (timestamp != null && !Checks.isPlaceholder(timestamp)
                && !(language == QueryLanguage.JSONATA && Checks.isJsonata(timestamp))
                && !isTimestamp(timestamp)) {
            checks.report().error("INVALID_VALUE", pointer + "/Timestamp", "'Timestamp' must be an RFC 3339 "
                    + "timestamp such as \"2026-03-14T01:59:00Z\", found " + Checks.show(timestamp));
        }
        data.path(state, "SecondsPath", pointer, false);
        data.path(state, "TimestampPath", pointer, false);
    }

    void fail(JsonNode state, String pointer, QueryLanguage language) {
        checks.exclusive(state, "Error", "ErrorPath", pointer);
        checks.exclusive(state, "Cause", "CausePath", pointer);
        checks.string(state, "Error", pointer);
        checks.string(state, "Cause", pointer);
        for (String field : List.of("ErrorPath", "CausePath")) {
            JsonNode value = state.get(field);
            if (value != null) {
                data.stringPath(value, field, Checks.pointer(pointer, field));
            }
        }
    }

    private static String names(List<StateFields.Field> fields) {
        return String.join(", ", fields.stream().map(StateFields.Field::name).toList());
    }

    /** An RFC 3339 date-time string: {@code 2026-03-14T01:59:00Z}, with an offset or Z. */
    static boolean isTimestamp(JsonNode value) {
        if (!value.isTextual()) {
            return false;
        }
        try {
            OffsetDateTime.parse(value.textValue(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
