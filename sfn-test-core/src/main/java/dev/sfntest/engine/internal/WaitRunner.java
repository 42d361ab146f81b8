package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.WaitState;
import dev.sfntest.data.ErrorNames;
import dev.sfntest.data.Json;
import dev.sfntest.data.PathException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Wait states: Seconds, SecondsPath, Timestamp and TimestampPath, on the virtual clock. */
final class WaitRunner {

    Step start(StateVisit visit, WaitState wait) {
        if (visit.isJsonata()) {
            return startJsonata(visit, wait);
        }
        JsonNode effective = visit.effectiveInput();
        long now = visit.run().agenda().now();
        long until;
        if (wait.seconds() != null) {
            until = VirtualTime.plusSeconds(now, wait.seconds().source().asLong());
        } else if (wait.secondsPath() != null) {
            until = VirtualTime.plusSeconds(now, seconds(visit, wait, effective));
        } else if (wait.timestamp() != null) {
            until = parseTimestamp(wait.timestamp().source().asText());
        } else {
            until = timestampFromPath(visit, wait, effective);
        }
        JsonNode output = visit.output(effective);
        Map<String, JsonNode> assigned = visit.assignments(wait.common().assign(), "Assign", effective, null);
        return waitUntil(visit, until, output, assigned);
    }

    private static Step waitUntil(StateVisit visit, long until, JsonNode output, Map<String, JsonNode> assigned) {
        if (until <= visit.run().agenda().now()) {
            return visit.exit(output, assigned);
        }
        visit.fiber.resumeAt(until, () -> visit.exit(output, assigned));
        return Step.SUSPENDED;
    }

    private static Step startJsonata(StateVisit visit, WaitState wait) {
        long now = visit.run().agenda().now();
        long until;
        JsonNode seconds = visit.jsonata(wait.seconds(), "Seconds", null);
        if (seconds != null) {
            if (!seconds.isIntegralNumber() || !seconds.canConvertToLong() || seconds.longValue() < 0) {
                throw visit.failure(ErrorNames.QUERY_EVALUATION_ERROR, "The Seconds field must be a non-negative "
                        + "integer, but was: " + Json.write(seconds), "Seconds");
            }
            until = VirtualTime.plusSeconds(now, seconds.longValue());
        } else {
            JsonNode timestamp = visit.jsonata(wait.timestamp(), "Timestamp", null);
            String text = timestamp.isTextual() ? timestamp.textValue() : Json.write(timestamp);
            try {
                until = parseTimestamp(text);
            } catch (DateTimeParseException e) {
                throw visit.failure(ErrorNames.QUERY_EVALUATION_ERROR, "The Timestamp field cannot be parsed as an "
                        + "ISO-8601 extended offset date-time format string: " + text, "Timestamp");
            }
        }
        JsonNode output = visit.jsonata(wait.common().output(), "Output", null);
        Map<String, JsonNode> assigned = visit.assignments(wait.common().assign(), "Assign", null, null);
        return waitUntil(visit, until, output != null ? output : visit.rawInput, assigned);
    }

    private static long seconds(StateVisit visit, WaitState wait, JsonNode input) {
        String path = wait.secondsPath().text();
        JsonNode value;
        try {
            value = wait.secondsPath().read(visit.data(input));
        } catch (PathException e) {
            throw visit.runtimeError("The SecondsPath parameter does not reference an input value: " + path);
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw visit.runtimeError("The SecondsPath parameter cannot be parsed as a long value: " + path + " == "
                    + (value.isTextual() ? value.textValue() : Json.write(value)));
        }
        long seconds = value.longValue();
        if (seconds < 0) {
            throw visit.runtimeError("The SecondsPath parameter references a negative value: " + path + " == "
                    + seconds);
        }
        return seconds;
    }

    private static long timestampFromPath(StateVisit visit, WaitState wait, JsonNode input) {
        String path = wait.timestampPath().text();
        JsonNode value;
        try {
            value = wait.timestampPath().read(visit.data(input));
        } catch (PathException e) {
            throw visit.runtimeError("The TimestampPath parameter does not reference an input value: " + path);
        }
        String text = value.isTextual() ? value.textValue() : Json.write(value);
        try {
            return parseTimestamp(text);
        } catch (DateTimeParseException e) {
            throw visit.runtimeError("The TimestampPath parameter does not reference a valid ISO-8601 extended "
                    + "offset date-time format string: " + path + " == " + text);
        }
    }

    /** Epoch milliseconds of an ISO-8601 timestamp; a year beyond four digits is not one. */
    static long parseTimestamp(String text) {
        OffsetDateTime time = OffsetDateTime.parse(text);
        if (time.getYear() < 0 || time.getYear() > 9999) {
            throw new DateTimeParseException("The year must have four digits", text, 0);
        }
        return time.toInstant().toEpochMilli();
    }
}
