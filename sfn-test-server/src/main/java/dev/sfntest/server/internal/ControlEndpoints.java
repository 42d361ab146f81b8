package dev.sfntest.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * sfn-test's own endpoints, under {@code /_sfntest/} (never an AWS path):
 * {@code GET /_sfntest/clock} reads the virtual clock; {@code POST /_sfntest/clock/advance} with
 * {@code {"seconds": N}} or {@code {"duration": "PT5M"}} moves it, and every running execution's
 * clock, forward: Waits, timeouts and heartbeats that fall due fire; {@code GET /_sfntest/mocks}
 * reports what the MockConfigFile's test cases did (see {@link MockReports}).
 */
final class ControlEndpoints {
    static final String PREFIX = "/_sfntest/";

    private ControlEndpoints() {
    }

    static ObjectNode handle(Backend backend, String method, String path, JsonNode body) {
        if (path.equals(PREFIX + "clock") && method.equals("GET")) {
            return backend.clockJson();
        }
        if (path.equals(PREFIX + "clock/advance") && method.equals("POST")) {
            return backend.advance(duration(body));
        }
        if (path.equals(PREFIX + "mocks") && method.equals("GET")) {
            return MockReports.json(backend.executions);
        }
        throw ApiException.unknownOperation("No control endpoint " + method + " " + path
                + "; there are GET /_sfntest/clock, POST /_sfntest/clock/advance and GET /_sfntest/mocks");
    }

    private static Duration duration(JsonNode body) {
        JsonNode seconds = body.path("seconds");
        JsonNode text = body.path("duration");
        Duration duration;
        if (seconds.isNumber() && text.isMissingNode()) {
            duration = Duration.ofMillis(Math.round(seconds.doubleValue() * 1000));
        } else if (text.isTextual() && seconds.isMissingNode()) {
            try {
                duration = Duration.parse(text.textValue());
            } catch (DateTimeParseException e) {
                throw ApiException.validationMessage("'duration' must be an ISO-8601 duration such as PT5M, was '"
                        + text.textValue() + "'");
            }
        } else {
            throw ApiException.validationMessage("Advance the clock with {\"seconds\": N} or {\"duration\": \"PT5M\"}");
        }
        if (duration.isNegative() || duration.compareTo(Duration.ofDays(366L * 1000)) > 0) {
            throw ApiException.validationMessage("The clock moves forward only, by at most 1,000 years; was " + duration);
        }
        return duration;
    }
}
