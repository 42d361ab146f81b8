package dev.sfntest.assertj;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import dev.sfntest.history.ExecutionStatus;
import dev.sfntest.history.HistoryEventType;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** The checks on how an execution (or a view of it) ended: status, output, error, cause, times and event counts. */
final class ResultChecks {
    private ResultChecks() {
    }

    static Verdict status(Subject at, ExecutionStatus status) {
        String how = at.error() == null && at.cause() == null ? ""
                : " with " + at.error() + (at.cause() == null ? "" : ": " + at.cause());
        return new Verdict(at.status() == status, "to have status " + status,
                at.status() == null ? "it did not run" : "it was " + at.status() + how, status, at.status());
    }

    static Verdict output(Subject at, String json) {
        JsonNode expected = JsonMatch.parse(json);
        return new Verdict(JsonMatch.equal(expected, at.output()), "to have the output " + Json.write(expected),
                outputWas(at), Json.write(expected), JsonMatch.write(at.output()));
    }

    static Verdict outputAt(Subject at, String jsonPath, Object expected) {
        JsonNode wanted = JsonMatch.value(expected);
        JsonNode found = JsonMatch.at(at.output(), jsonPath);
        String happened = at.output() == null ? noOutput(at)
                : found == null ? "the output has nothing at " + jsonPath + ": " + Json.write(at.output())
                : "it was " + Json.write(found);
        return new Verdict(JsonMatch.equal(wanted, found), "to have " + jsonPath + " = " + Json.write(wanted)
                + " in its output", happened, Json.write(wanted), JsonMatch.write(found));
    }

    static Verdict outputContaining(Subject at, String json) {
        JsonNode expected = JsonMatch.parse(json);
        JsonNode output = at.output();
        String difference = output == null ? noOutput(at) : JsonMatch.difference(expected, output, "");
        return new Verdict(difference == null, "to have an output containing " + Json.write(expected),
                difference == null ? "" : difference.startsWith("it ") ? difference : "in its output " + difference,
                Json.write(expected), JsonMatch.write(output));
    }

    private static String outputWas(Subject at) {
        return at.output() == null ? noOutput(at) : "it was " + Json.write(at.output());
    }

    private static String noOutput(Subject at) {
        return "it had no output (status " + at.status() + ")";
    }

    static Verdict error(Subject at, String error) {
        return new Verdict(Objects.equals(error, at.error()), "to have failed with the error " + error,
                at.error() == null ? "it has no error (status " + at.status() + ")"
                        : "its error was " + at.error() + " (cause: " + at.cause() + ")", error, at.error());
    }

    static Verdict cause(Subject at, String cause) {
        return new Verdict(Objects.equals(cause, at.cause()), "to have the cause \"" + cause + "\"", causeWas(at),
                cause, at.cause());
    }

    static Verdict causeContaining(Subject at, String text) {
        String cause = at.cause();
        return new Verdict(cause != null && cause.contains(text), "to have a cause containing \"" + text + "\"",
                causeWas(at), text, cause);
    }

    private static String causeWas(Subject at) {
        return at.cause() == null ? "it has no cause (status " + at.status() + ")"
                : "its cause was \"" + at.cause() + "\"";
    }

    static Verdict duration(Subject at, Duration duration) {
        Duration took = Duration.between(at.start(), at.stop());
        return new Verdict(took.equals(duration), "to have taken " + duration + " of virtual time",
                "it took " + took, duration, took);
    }

    static Verdict durationAtMost(Subject at, Duration duration) {
        Duration took = Duration.between(at.start(), at.stop());
        return new Verdict(took.compareTo(duration) <= 0, "to have taken at most " + duration + " of virtual time",
                "it took " + took, duration, took);
    }

    static Verdict startedAt(Subject at, Instant instant) {
        return new Verdict(at.start().equals(instant), "to have started at " + instant,
                "it started at " + at.start(), instant, at.start());
    }

    static Verdict endedAt(Subject at, Instant instant) {
        return new Verdict(at.stop().equals(instant), "to have ended at " + instant, "it ended at " + at.stop(),
                instant, at.stop());
    }

    static Verdict eventCount(Subject at, HistoryEventType type, int count) {
        long happened = at.path().events().stream().filter(e -> e.type() == type).count();
        return new Verdict(happened == count, "to have had " + count + " " + type + " events", "it had " + happened,
                count, (int) happened);
    }
}
