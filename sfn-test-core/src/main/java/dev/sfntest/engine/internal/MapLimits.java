package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.MapState;
import dev.sfntest.data.Json;
import dev.sfntest.data.Path;
import dev.sfntest.data.PathException;

/**
 * A Map state's resolved MaxConcurrency and tolerated failures (literal or from a path), checked
 * with AWS's messages.
 *
 * @param concurrency iterations in flight at once
 * @param toleratedCount failures tolerated, or -1 when not set
 * @param toleratedPercentage failure percentage tolerated, or -1 when not set
 */
record MapLimits(int concurrency, long toleratedCount, double toleratedPercentage) {

    static MapLimits resolve(StateVisit visit, MapState map, JsonNode input) {
        long concurrency = 0;
        if (map.maxConcurrency() != null && map.maxConcurrency().isNumber()) {
            concurrency = map.maxConcurrency().longValue();
        } else if (map.maxConcurrencyPath() != null) {
            concurrency = integer(visit, map.maxConcurrencyPath(), "MaxConcurrencyPath", input);
        }
        if (concurrency <= 0 || concurrency > MapRunner.INLINE_CONCURRENCY_LIMIT) {
            concurrency = MapRunner.INLINE_CONCURRENCY_LIMIT;
        }
        long count = -1;
        if (map.toleratedFailureCount() != null && map.toleratedFailureCount().isNumber()) {
            count = map.toleratedFailureCount().longValue();
        } else if (map.toleratedFailureCountPath() != null) {
            count = integer(visit, map.toleratedFailureCountPath(), "ToleratedFailureCountPath", input);
        }
        if (count < -1 || (count == -1 && map.toleratedFailureCountPath() != null)) {
            throw visit.runtimeError("ToleratedFailureCount cannot be negative.");
        }
        double percentage = -1;
        if (map.toleratedFailurePercentage() != null && map.toleratedFailurePercentage().isNumber()) {
            percentage = map.toleratedFailurePercentage().doubleValue();
        } else if (map.toleratedFailurePercentagePath() != null) {
            percentage = decimal(visit, map.toleratedFailurePercentagePath(), input);
            if (percentage < 0 || percentage > 100) {
                throw visit.runtimeError("ToleratedFailurePercentage must be between 0 and 100.");
            }
        }
        return new MapLimits((int) concurrency, count, percentage);
    }

    /** Whether {@code failures} of {@code total} iterations pass the tolerated threshold. */
    boolean exceeded(int failures, int total) {
        if (toleratedCount < 0 && toleratedPercentage < 0) {
            return failures > 0;
        }
        boolean overCount = toleratedCount >= 0 && failures > toleratedCount;
        boolean overPercentage = toleratedPercentage >= 0 && failures * 100.0 / total > toleratedPercentage;
        if (toleratedCount >= 0 && toleratedPercentage >= 0) {
            return overCount && overPercentage;
        }
        return overCount || overPercentage;
    }

    private static long integer(StateVisit visit, Path path, String field, JsonNode input) {
        JsonNode value = read(visit, path, input);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw visit.runtimeError("The " + field + " field refers to value \"" + text(value)
                    + "\" which is not a valid integer: " + path.text());
        }
        return value.longValue();
    }

    private static double decimal(StateVisit visit, Path path, JsonNode input) {
        JsonNode value = read(visit, path, input);
        if (!value.isNumber()) {
            throw visit.runtimeError("The ToleratedFailurePercentagePath field refers to value \"" + text(value)
                    + "\" which is not a valid float: " + path.text());
        }
        return value.doubleValue();
    }

    private static JsonNode read(StateVisit visit, Path path, JsonNode input) {
        try {
            return path.read(visit.data(input));
        } catch (PathException e) {
            throw visit.runtimeError("Invalid path '" + path.text() + "' : " + e.getMessage());
        }
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? value.textValue() : Json.write(value);
    }
}
