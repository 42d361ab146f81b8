package dev.sfntest.assertj;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import dev.sfntest.history.EventDetails;
import dev.sfntest.history.HistoryEventType;
import dev.sfntest.report.ExecutionPath;
import dev.sfntest.report.Timeline;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The checks on the path an execution took: states entered, retries, catches, visits, variables, events. */
final class PathChecks {
    private PathChecks() {
    }

    private static Optional<Verdict> unknown(StateNameCheck names, String expectation, Object expected, String... states) {
        return names.unknownStates(states).map(why -> Verdict.failed(expectation, why, expected, null));
    }

    static Verdict entered(Subject subject, StateNameCheck names, String... states) {
        String expectation = "to have entered " + List.of(states);
        return unknown(names, expectation, List.of(states), states).orElseGet(() -> {
            List<String> entered = subject.path().enteredStates();
            List<String> missing = Arrays.stream(states).filter(s -> !entered.contains(s)).toList();
            return new Verdict(missing.isEmpty(), expectation, "it never entered " + missing, List.of(states),
                    entered);
        });
    }

    static Verdict enteredInOrder(Subject subject, StateNameCheck names, String... states) {
        String expectation = "to have entered, in order, " + List.of(states);
        return unknown(names, expectation, List.of(states), states).orElseGet(() -> {
            List<String> entered = subject.path().enteredStates();
            int at = 0;
            for (int i = 0; i < states.length; i++) {
                int found = entered.subList(at, entered.size()).indexOf(states[i]);
                if (found < 0) {
                    String happened = i == 0 || !entered.contains(states[i]) ? "it never entered " + states[i]
                            : "it did not enter " + states[i] + " after " + states[i - 1];
                    return Verdict.failed(expectation, happened, List.of(states), entered);
                }
                at += found + 1;
            }
            return Verdict.PASSED;
        });
    }

    static Verdict enteredExactly(Subject subject, StateNameCheck names, String... states) {
        String expectation = "to have entered exactly " + List.of(states);
        return unknown(names, expectation, List.of(states), states).orElseGet(() -> {
            List<String> entered = subject.path().enteredStates();
            return new Verdict(entered.equals(List.of(states)), expectation, "it entered " + entered,
                    List.of(states), entered);
        });
    }

    static Verdict neverEntered(Subject subject, StateNameCheck names, String... states) {
        String expectation = "to have never entered " + List.of(states);
        return unknown(names, expectation, List.of(), states).orElseGet(() -> {
            List<String> entered = subject.path().enteredStates();
            List<String> found = Arrays.stream(states).filter(entered::contains).toList();
            return new Verdict(found.isEmpty(), expectation, "it entered " + found, List.of(), found);
        });
    }

    static Verdict attempts(Subject subject, StateNameCheck names, String state, int attempts) {
        String expectation = "to have run " + state + " " + times(attempts) + " (entries plus retries)";
        return unknown(names, expectation, attempts, state).orElseGet(() -> {
            int actual = subject.path().attempts(state);
            return new Verdict(actual == attempts, expectation, "it ran it " + times(actual), attempts, actual);
        });
    }

    static Verdict retried(Subject subject, StateNameCheck names, String state, int retries) {
        String expectation = "to have retried " + state + " " + times(retries);
        return unknown(names, expectation, retries, state).orElseGet(() -> {
            int actual = subject.path().retries(state);
            List<String> errors = subject.path().retries().stream().filter(r -> r.state().equals(state))
                    .map(r -> String.valueOf(r.error())).toList();
            return new Verdict(actual == retries, expectation, "it retried it " + times(actual)
                    + (errors.isEmpty() ? "" : " (errors " + errors + ")"), retries, actual);
        });
    }

    static Verdict caught(Subject subject, StateNameCheck names, String state, String error) {
        String expectation = "to have caught " + error + " in " + state;
        return unknown(names, expectation, error + " in " + state, state).orElseGet(() -> {
            List<CaughtErrors.Caught> caught = CaughtErrors.of(subject.path().events(), subject.result().history(),
                    names);
            boolean ok = caught.stream().anyMatch(c -> c.state().equals(state) && Objects.equals(c.error(), error));
            List<String> actual = caught.stream().map(CaughtErrors.Caught::toString).toList();
            return new Verdict(ok, expectation, actual.isEmpty() ? "no Catch answered an error"
                    : "it caught " + actual, error + " in " + state, actual);
        });
    }

    static Verdict visitValue(Subject subject, StateNameCheck names, String state, String json, boolean input) {
        JsonNode expected = JsonMatch.parse(json);
        String expectation = input ? "to have given " + state + " the input " + Json.write(expected)
                : "to have had " + state + " exit with the output " + Json.write(expected);
        return unknown(names, expectation, Json.write(expected), state).orElseGet(() -> {
            List<ExecutionPath.Visit> visits = subject.path().visits(state);
            if (visits.isEmpty()) {
                return Verdict.failed(expectation, "it never entered " + state, Json.write(expected), null);
            }
            ExecutionPath.Visit last = visits.get(visits.size() - 1);
            JsonNode actual = input ? last.input() : last.output();
            String happened = !input && actual == null ? "its last visit never exited"
                    : "its last visit " + (input ? "had the input " : "exited with ") + Json.write(actual);
            return new Verdict(JsonMatch.equal(expected, actual), expectation, happened, Json.write(expected),
                    JsonMatch.write(actual));
        });
    }

    static Verdict variable(Subject subject, String name, String json) {
        JsonNode expected = JsonMatch.parse(json);
        Map<String, JsonNode> variables = subject.path().variables();
        JsonNode actual = variables.get(name);
        return new Verdict(JsonMatch.equal(expected, actual), "to have assigned $" + name + " = "
                + Json.write(expected), actual == null ? "it never assigned $" + name + " (it assigned "
                + variables.keySet() + ")" : "its last value was " + Json.write(actual), Json.write(expected),
                JsonMatch.write(actual));
    }

    static Verdict enteredAt(Subject subject, StateNameCheck names, String state, Instant instant) {
        String expectation = "to have first entered " + state + " at " + instant;
        return unknown(names, expectation, instant, state).orElseGet(() -> {
            List<ExecutionPath.Visit> visits = subject.path().visits(state);
            Instant at = visits.isEmpty() ? null : visits.get(0).entered().timestamp();
            return new Verdict(instant.equals(at), expectation, at == null ? "it never entered " + state
                    : "it did at " + at + " (" + Timeline.offset(subject.result().startDate(), at) + ")", instant, at);
        });
    }

    static Verdict eventsInOrder(Subject subject, HistoryEventType... types) {
        List<HistoryEventType> happened = subject.path().events().stream().map(e -> e.type()).toList();
        int at = 0;
        for (int i = 0; i < types.length; i++) {
            int found = happened.subList(at, happened.size()).indexOf(types[i]);
            if (found < 0) {
                String why = i == 0 || !happened.contains(types[i]) ? "it had no " + types[i] + " event"
                        : "no " + types[i] + " event followed " + types[i - 1];
                return Verdict.failed("to have had the events " + List.of(types) + " in this order", why,
                        List.of(types), happened);
            }
            at += found + 1;
        }
        return Verdict.PASSED;
    }

    static String times(int n) {
        return n + (n == 1 ? " time" : " times");
    }

    /** How many iterations the Map state {@code mapState} started in the subject's path. */
    static int iterationsRun(Subject subject, String mapState) {
        return (int) subject.path().events().stream()
                .filter(event -> event.type() == HistoryEventType.MapIterationStarted
                        && event.details() instanceof EventDetails.MapIteration iteration
                        && iteration.name().equals(mapState))
                .count();
    }
}
