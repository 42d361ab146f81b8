package dev.sfntest.junit5.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import dev.sfntest.data.Path;
import dev.sfntest.data.PathException;
import dev.sfntest.history.EventDetails;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.ExecutionStatus;
import dev.sfntest.history.HistoryEventType;
import dev.sfntest.junit5.ExecutionAssert;
import dev.sfntest.report.ExecutionPath;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * The AssertJ implementation of {@link ExecutionAssert}. Every check goes through
 * {@link #check}, which builds the message (subject, expectation, what happened, path taken,
 * last events) and fails through AssertJ with expected and actual values.
 */
public final class DefaultExecutionAssert extends AbstractAssert<DefaultExecutionAssert, ExecutionResult>
        implements ExecutionAssert {
    private static final int LAST_EVENTS = 8;
    private final Subject subject;

    private DefaultExecutionAssert(Subject subject) {
        super(subject.result(), DefaultExecutionAssert.class);
        this.subject = subject;
    }

    /** Assertions on a whole execution. */
    public static DefaultExecutionAssert of(ExecutionResult result) {
        Objects.requireNonNull(result, "The execution result to check is null");
        return new DefaultExecutionAssert(Subject.of(result));
    }

    private ExecutionPath path() {
        return subject.path();
    }

    private DefaultExecutionAssert check(boolean ok, String expectation, String happened, Object expected,
            Object actual) {
        if (!ok) {
            String message = "Expected " + subject.name() + " " + expectation + "\nbut " + happened + ".\n"
                    + "Path taken: " + Timeline.pathTaken(path()) + "\n"
                    + "Last events (virtual time since the start):\n"
                    + Timeline.last(path(), subject.result().startDate(), LAST_EVENTS);
            failWithActualExpectedAndMessage(actual, expected, "%s", message.stripTrailing());
        }
        return this;
    }

    @Override
    public ExecutionAssert succeeded() {
        return hasStatus(ExecutionStatus.SUCCEEDED);
    }

    @Override
    public ExecutionAssert failed() {
        return hasStatus(ExecutionStatus.FAILED);
    }

    @Override
    public ExecutionAssert timedOut() {
        return hasStatus(ExecutionStatus.TIMED_OUT);
    }

    @Override
    public ExecutionAssert hasStatus(ExecutionStatus status) {
        String how = subject.error() == null && subject.cause() == null ? ""
                : " with " + subject.error() + (subject.cause() == null ? "" : ": " + subject.cause());
        return check(subject.status() == status, "to have status " + status,
                "it was " + subject.status() + how, status, subject.status());
    }

    @Override
    public ExecutionAssert hasOutput(String json) {
        JsonNode expected = JsonMatch.parse(json);
        return check(JsonMatch.equal(expected, subject.output()), "to have the output " + Json.write(expected),
                outputWas(), Json.write(expected), write(subject.output()));
    }

    private String outputWas() {
        return subject.output() == null ? "it had no output (status " + subject.status() + ")"
                : "it was " + Json.write(subject.output());
    }

    @Override
    public ExecutionAssert hasOutputAt(String jsonPath, Object expected) {
        JsonNode wanted = expected instanceof JsonNode node ? node : Json.mapper().valueToTree(expected);
        JsonNode found = null;
        String happened;
        if (subject.output() == null) {
            happened = "it had no output (status " + subject.status() + ")";
        } else {
            try {
                found = Path.compile(jsonPath).read(subject.output());
                happened = "it was " + Json.write(found);
            } catch (PathException e) {
                happened = "the output has nothing at " + jsonPath + ": " + Json.write(subject.output());
            }
        }
        return check(JsonMatch.equal(wanted, found), "to have " + jsonPath + " = " + Json.write(wanted)
                + " in its output", happened, Json.write(wanted), write(found));
    }

    @Override
    public ExecutionAssert hasOutputContaining(String json) {
        JsonNode expected = JsonMatch.parse(json);
        String difference = subject.output() == null ? "it had no output (status " + subject.status() + ")"
                : JsonMatch.difference(expected, subject.output(), "");
        return check(difference == null, "to have an output containing " + Json.write(expected),
                difference == null ? "" : difference.startsWith("it ") ? difference : "in its output " + difference,
                Json.write(expected), write(subject.output()));
    }

    @Override
    public ExecutionAssert hasError(String error) {
        return check(Objects.equals(error, subject.error()), "to have failed with the error " + error,
                subject.error() == null ? "it has no error (status " + subject.status() + ")"
                        : "its error was " + subject.error() + " (cause: " + subject.cause() + ")",
                error, subject.error());
    }

    @Override
    public ExecutionAssert hasCause(String cause) {
        return check(Objects.equals(cause, subject.cause()), "to have the cause \"" + cause + "\"", causeWas(),
                cause, subject.cause());
    }

    @Override
    public ExecutionAssert hasCauseContaining(String text) {
        return check(subject.cause() != null && subject.cause().contains(text), "to have a cause containing \""
                + text + "\"", causeWas(), text, subject.cause());
    }

    private String causeWas() {
        return subject.cause() == null ? "it has no cause (status " + subject.status() + ")"
                : "its cause was \"" + subject.cause() + "\"";
    }

    @Override
    public ExecutionAssert hasEntered(String... states) {
        List<String> entered = path().enteredStates();
        List<String> missing = Arrays.stream(states).filter(s -> !entered.contains(s)).toList();
        return check(missing.isEmpty(), "to have entered " + List.of(states), "it never entered " + missing,
                List.of(states), entered);
    }

    @Override
    public ExecutionAssert hasEnteredInOrder(String... states) {
        List<String> entered = path().enteredStates();
        int at = 0;
        for (int i = 0; i < states.length; i++) {
            int found = entered.subList(at, entered.size()).indexOf(states[i]);
            if (found < 0) {
                String happened = i == 0 || !entered.contains(states[i]) ? "it never entered " + states[i]
                        : "it did not enter " + states[i] + " after " + states[i - 1];
                return check(false, "to have entered, in order, " + List.of(states), happened, List.of(states),
                        entered);
            }
            at += found + 1;
        }
        return this;
    }

    @Override
    public ExecutionAssert hasEnteredExactly(String... states) {
        List<String> entered = path().enteredStates();
        return check(entered.equals(List.of(states)), "to have entered exactly " + List.of(states),
                "it entered " + entered, List.of(states), entered);
    }

    @Override
    public ExecutionAssert hasNeverEntered(String... states) {
        List<String> entered = path().enteredStates();
        List<String> found = Arrays.stream(states).filter(entered::contains).toList();
        return check(found.isEmpty(), "to have never entered " + List.of(states), "it entered " + found,
                List.of(), found);
    }

    @Override
    public ExecutionAssert hasAttempts(String state, int attempts) {
        int actual = path().attempts(state);
        return check(actual == attempts, "to have run " + state + " " + times(attempts) + " (entries plus retries)",
                "it ran it " + times(actual), attempts, actual);
    }

    @Override
    public ExecutionAssert hasRetried(String state, int retries) {
        int actual = path().retries(state);
        return check(actual == retries, "to have retried " + state + " " + times(retries),
                "it retried it " + times(actual) + retriedErrors(state), retries, actual);
    }

    private String retriedErrors(String state) {
        List<String> errors = path().retries().stream().filter(r -> r.state().equals(state))
                .map(r -> String.valueOf(r.error())).toList();
        return errors.isEmpty() ? "" : " (errors " + errors + ")";
    }

    private static String times(int n) {
        return n + (n == 1 ? " time" : " times");
    }

    @Override
    public ExecutionAssert hasCaught(String state, String error) {
        List<ExecutionPath.Catch> caught = path().caught();
        boolean ok = caught.stream().anyMatch(c -> c.state().equals(state) && Objects.equals(c.error(), error));
        List<String> actual = caught.stream().map(c -> c.error() + " in " + c.state() + " → " + c.next()).toList();
        return check(ok, "to have caught " + error + " in " + state,
                actual.isEmpty() ? "no Catch answered an error" : "it caught " + actual, error + " in " + state,
                actual);
    }

    @Override
    public ExecutionAssert hasStateInput(String state, String json) {
        return visitValue(state, json, true);
    }

    @Override
    public ExecutionAssert hasStateOutput(String state, String json) {
        return visitValue(state, json, false);
    }

    private ExecutionAssert visitValue(String state, String json, boolean input) {
        JsonNode expected = JsonMatch.parse(json);
        List<ExecutionPath.Visit> visits = path().visits(state);
        String expectation = input ? "to have given " + state + " the input " + Json.write(expected)
                : "to have had " + state + " exit with the output " + Json.write(expected);
        if (visits.isEmpty()) {
            return check(false, expectation, "it never entered " + state, Json.write(expected), null);
        }
        ExecutionPath.Visit last = visits.get(visits.size() - 1);
        JsonNode actual = input ? last.input() : last.output();
        String happened = !input && actual == null ? "its last visit never exited"
                : "its last visit " + (input ? "had the input " : "exited with ") + Json.write(actual);
        return check(JsonMatch.equal(expected, actual), expectation, happened, Json.write(expected), write(actual));
    }

    @Override
    public ExecutionAssert hasVariable(String name, String json) {
        JsonNode expected = JsonMatch.parse(json);
        Map<String, JsonNode> variables = path().variables();
        JsonNode actual = variables.get(name);
        return check(JsonMatch.equal(expected, actual), "to have assigned $" + name + " = " + Json.write(expected),
                actual == null ? "it never assigned $" + name + " (it assigned " + variables.keySet() + ")"
                        : "its last value was " + Json.write(actual), Json.write(expected), write(actual));
    }

    @Override
    public ExecutionAssert hasDuration(Duration duration) {
        Duration actual = Duration.between(subject.start(), subject.stop());
        return check(actual.equals(duration), "to have taken " + duration + " of virtual time",
                "it took " + actual, duration, actual);
    }

    @Override
    public ExecutionAssert hasDurationAtMost(Duration duration) {
        Duration actual = Duration.between(subject.start(), subject.stop());
        return check(actual.compareTo(duration) <= 0, "to have taken at most " + duration + " of virtual time",
                "it took " + actual, duration, actual);
    }

    @Override
    public ExecutionAssert startedAt(Instant instant) {
        return check(subject.start().equals(instant), "to have started at " + instant,
                "it started at " + subject.start(), instant, subject.start());
    }

    @Override
    public ExecutionAssert endedAt(Instant instant) {
        return check(subject.stop().equals(instant), "to have ended at " + instant, "it ended at " + subject.stop(),
                instant, subject.stop());
    }

    @Override
    public ExecutionAssert enteredAt(String state, Instant instant) {
        List<ExecutionPath.Visit> visits = path().visits(state);
        Instant actual = visits.isEmpty() ? null : visits.get(0).entered().timestamp();
        return check(instant.equals(actual), "to have first entered " + state + " at " + instant,
                actual == null ? "it never entered " + state
                        : "it did at " + actual + " (" + Timeline.offset(subject.result().startDate(), actual) + ")",
                instant, actual);
    }

    @Override
    public ExecutionAssert hasEventsInOrder(HistoryEventType... types) {
        List<HistoryEventType> actual = path().events().stream().map(e -> e.type()).toList();
        int at = 0;
        for (int i = 0; i < types.length; i++) {
            int found = actual.subList(at, actual.size()).indexOf(types[i]);
            if (found < 0) {
                String happened = i == 0 || !actual.contains(types[i]) ? "it had no " + types[i] + " event"
                        : "no " + types[i] + " event followed " + types[i - 1];
                return check(false, "to have had the events " + List.of(types) + " in this order", happened,
                        List.of(types), actual);
            }
            at += found + 1;
        }
        return this;
    }

    @Override
    public ExecutionAssert hasEventCount(HistoryEventType type, int count) {
        long actual = path().events().stream().filter(e -> e.type() == type).count();
        return check(actual == count, "to have had " + count + " " + type + " events", "it had " + actual,
                count, (int) actual);
    }

    @Override
    public ExecutionAssert mapIteration(String mapState, int index) {
        String name = "iteration " + index + " of the Map state '" + mapState + "'";
        try {
            return new DefaultExecutionAssert(subject.view(name, path().mapIteration(mapState, index)));
        } catch (IllegalArgumentException e) {
            long ran = path().events().stream().filter(ev -> ev.type() == HistoryEventType.MapIterationStarted
                    && ev.details() instanceof EventDetails.MapIteration it && it.name().equals(mapState)).count();
            return check(false, "to have run " + name, "it ran " + ran + " iterations of it", index, (int) ran);
        }
    }

    @Override
    public ExecutionAssert parallelBranch(String parallelState, String startAt) {
        String name = "the branch of the Parallel state '" + parallelState + "' starting at '" + startAt + "'";
        try {
            return new DefaultExecutionAssert(subject.view(name, path().parallelBranch(parallelState, startAt)));
        } catch (IllegalArgumentException e) {
            return check(false, "to have run " + name, "it ran no such branch", startAt, null);
        }
    }

    private static String write(JsonNode node) {
        return node == null ? null : Json.write(node);
    }

    @Override
    public ExecutionAssert matchesSnapshot() {
        return matchesSnapshot(Snapshots.callerName());
    }

    @Override
    public ExecutionAssert matchesSnapshot(String name) {
        Snapshots.fromEnvironment().verify(name, SnapshotContent.of(subject));
        return this;
    }
}
