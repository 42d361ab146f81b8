package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.MapState;
import dev.sfntest.data.Json;
import dev.sfntest.data.CompiledPath;
import dev.sfntest.data.PathException;
import dev.sfntest.data.ErrorNames;

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
        int cap = map.processorConfig().isDistributed() ? MapRunner.DISTRIBUTED_CONCURRENCY_LIMIT
                : MapRunner.INLINE_CONCURRENCY_LIMIT;
        if (visit.isJsonata()) {
            return resolveJsonata(visit, map, cap);
        }
        long concurrency = 0;
        if (map.maxConcurrency() != null && map.maxConcurrency().source().isNumber()) {
            concurrency = map.maxConcurrency().source().longValue();
        } else if (map.maxConcurrencyPath() != null) {
            concurrency = integer(visit, map.maxConcurrencyPath(), "MaxConcurrencyPath", input);
            if (concurrency < 0) { // assumed by analogy with ToleratedFailureCountPath's recorded message
                throw visit.runtimeError("MaxConcurrency cannot be negative.");
            }
        }
        long count = -1;
        if (map.toleratedFailureCount() != null && map.toleratedFailureCount().source().isNumber()) {
            count = map.toleratedFailureCount().source().longValue();
        } else if (map.toleratedFailureCountPath() != null) {
            count = integer(visit, map.toleratedFailureCountPath(), "ToleratedFailureCountPath", input);
        }
        if (count < -1 || (count == -1 && map.toleratedFailureCountPath() != null)) {
            throw visit.runtimeError("ToleratedFailureCount cannot be negative.");
        }
        double percentage = -1;
        if (map.toleratedFailurePercentage() != null && map.toleratedFailurePercentage().source().isNumber()) {
            percentage = map.toleratedFailurePercentage().source().doubleValue();
        } else if (map.toleratedFailurePercentagePath() != null) {
            percentage = decimal(visit, map.toleratedFailurePercentagePath(), input);
            if (percentage < 0 || percentage > 100) {
                throw visit.runtimeError("ToleratedFailurePercentage must be between 0 and 100.");
            }
        }
        return limits(concurrency, count, percentage, cap);
    }

    private static MapLimits limits(long concurrency, long count, double percentage, int cap) {
        long inFlight = concurrency <= 0 || concurrency > cap ? cap : concurrency;
        return new MapLimits((int) inFlight, count, percentage);
    }

    private static MapLimits resolveJsonata(StateVisit visit, MapState map, int cap) {
        JsonNode concurrency = visit.jsonata(map.maxConcurrency(), "MaxConcurrency", null);
        JsonNode count = visit.jsonata(map.toleratedFailureCount(), "ToleratedFailureCount", null);
        JsonNode percentage = visit.jsonata(map.toleratedFailurePercentage(), "ToleratedFailurePercentage", null);
        long countValue = count == null ? -1 : jsonataInteger(visit, count, "ToleratedFailureCount");
        double percentageValue = percentage == null ? -1 : percentage.asDouble(-1);
        if (percentage != null && (!percentage.isNumber() || percentageValue < 0 || percentageValue > 100)) {
            throw visit.failure(ErrorNames.QUERY_EVALUATION_ERROR,
                    "ToleratedFailurePercentage must be between 0 and 100.", "ToleratedFailurePercentage");
        }
        return limits(concurrency == null ? 0 : jsonataInteger(visit, concurrency, "MaxConcurrency"), countValue,
                percentageValue, cap);
    }

    private static long jsonataInteger(StateVisit visit, JsonNode value, String field) {
        if (!value.isIntegralNumber() || value.longValue() < 0) {
            throw visit.failure(ErrorNames.QUERY_EVALUATION_ERROR, "The " + field
                    + " field must be a non-negative integer, but was: " + Json.write(value), field);
        }
        return value.longValue();
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

    /**
     * Whether {@code failures} of {@code total} child executions pass the threshold of a
     * distributed Map, which tolerates none unless told otherwise.
     */
    boolean exceededWithDefaultZero(int failures, int total) {
        if (toleratedCount < 0 && toleratedPercentage < 0) {
            return failures > 0;
        }
        return exceeded(failures, total);
    }

    private static long integer(StateVisit visit, CompiledPath path, String field, JsonNode input) {
        JsonNode value = read(visit, path, input);
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        try {
            if (value.isTextual()) {
                return Long.parseLong(value.textValue().strip());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw visit.runtimeError("The " + field + " field refers to value \"" + text(value)
                + "\" which is not a valid integer: " + path.text());
    }

    private static double decimal(StateVisit visit, CompiledPath path, JsonNode input) {
        JsonNode value = read(visit, path, input);
        if (value.isNumber()) {
            return value.doubleValue();
        }
        try {
            if (value.isTextual()) {
                return Double.parseDouble(value.textValue().strip());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw visit.runtimeError("The ToleratedFailurePercentagePath field refers to value \"" + text(value)
                + "\" which is not a valid float: " + path.text());
    }

    private static JsonNode read(StateVisit visit, CompiledPath path, JsonNode input) {
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
