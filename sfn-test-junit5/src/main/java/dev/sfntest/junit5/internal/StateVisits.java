package dev.sfntest.junit5.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.Json;
import dev.sfntest.history.EventDetails;
import dev.sfntest.history.HistoryEvent;
import dev.sfntest.history.HistoryEventType;
import dev.sfntest.report.ExecutionPath;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inspection data of a report: for every state, each visit (its Map iteration or Parallel
 * branch, its attempts) with the data at every step the history records: the input, the task's
 * parameters (after InputPath and Parameters or Arguments), each attempt's result or error, the
 * output (after ResultSelector, ResultPath and OutputPath) and the variables assigned.
 */
public final class StateVisits {
    /** Visits shown per state; a loop of thousands would make the page unreadable. */
    static final int MAX_VISITS = 100;

    private final ExecutionPath path;
    private final Map<Long, HistoryEvent> byId = new HashMap<>();
    private final Map<Long, HistoryEvent> enteredOfExit = new HashMap<>();
    private final Map<Long, Visit> visitOfEntry = new HashMap<>();

    private StateVisits(ExecutionPath path) {
        this.path = path;
        path.events().forEach(e -> byId.put(e.id(), e));
        for (ExecutionPath.Visit visit : path.visits()) {
            if (visit.exited() != null) {
                enteredOfExit.put(visit.exited().id(), visit.entered());
            }
        }
    }

    /** {@code {"<state>": {"visits": [...], "omitted": n}}}, states in order of first entry. */
    public static ObjectNode of(ExecutionPath path) {
        return new StateVisits(path).build();
    }

    private ObjectNode build() {
        Map<String, List<Visit>> byState = new LinkedHashMap<>();
        for (ExecutionPath.Visit v : path.visits()) {
            List<Visit> visits = byState.computeIfAbsent(v.state(), k -> new java.util.ArrayList<>());
            Visit visit = new Visit(visits.size() + 1, context(v.entered()));
            visits.add(visit);
            visitOfEntry.put(v.entered().id(), visit);
        }
        for (HistoryEvent event : path.events()) {
            String state = path.stateOf(event).orElse(null);
            Visit visit = state == null ? null : visitOf(event, state);
            if (visit != null) {
                visit.add(event);
            }
        }
        ObjectNode states = Json.emptyObject();
        byState.forEach((state, visits) -> {
            ObjectNode entry = states.putObject(state);
            ArrayNode list = entry.putArray("visits");
            visits.stream().limit(MAX_VISITS).forEach(v -> list.add(v.json(visits.size())));
            entry.put("omitted", Math.max(0, visits.size() - MAX_VISITS));
        });
        return states;
    }

    /** The visit an event belongs to: the entry of {@code state} its chain of previous events reaches. */
    private Visit visitOf(HistoryEvent event, String state) {
        for (HistoryEvent at = event; at != null; at = before(at)) {
            if (at.details() instanceof EventDetails.StateEntered entered && entered.name().equals(state)
                    && visitOfEntry.containsKey(at.id())) {
                return visitOfEntry.get(at.id());
            }
        }
        return null;
    }

    /** Where a state's entry ran: a Map iteration or a Parallel branch (innermost first), or empty. */
    private String context(HistoryEvent entered) {
        for (HistoryEvent at = before(entered); at != null; at = before(at)) {
            if (at.details() instanceof EventDetails.MapIteration it && at.type() == HistoryEventType.MapIterationStarted) {
                return "Map " + it.name() + ", iteration " + it.index();
            }
            if (at.type() == HistoryEventType.ParallelStateStarted) {
                return "Parallel " + path.stateOf(at).orElse("?") + ", a branch";
            }
        }
        return "";
    }

    /** The event before {@code event} in its fiber; from a state's exit, its entry (stepping over what ran inside). */
    private HistoryEvent before(HistoryEvent event) {
        HistoryEvent entered = enteredOfExit.get(event.id());
        if (entered != null) {
            return entered;
        }
        return event.previousEventId() == 0 ? null : byId.get(event.previousEventId());
    }

    /** One visit: its number, where it ran, and its steps. */
    private static final class Visit {
        private final int number;
        private final String context;
        private final ArrayNode steps = Json.emptyObject().arrayNode();
        private int attempts;

        Visit(int number, String context) {
            this.number = number;
            this.context = context;
        }

        void add(HistoryEvent event) {
            EventDetails details = event.details();
            if (details instanceof EventDetails.StateEntered entered) {
                step(event, "Input", entered.input(), null);
            } else if (details instanceof EventDetails.TaskScheduled scheduled) {
                attempts++;
                step(event, attempt("Parameters (after InputPath and Parameters or Arguments)"),
                        scheduled.parameters(), null);
            } else if (details instanceof EventDetails.Scheduled scheduled) {
                attempts++;
                step(event, attempt("Input sent (after InputPath and Parameters)"), scheduled.input(), null);
            } else if (details instanceof EventDetails.TaskSucceeded succeeded) {
                step(event, attempt("Result"), succeeded.output(), null);
            } else if (details instanceof EventDetails.Output output && !event.type().name().startsWith("Execution")) {
                step(event, attempt("Result"), output.output(), null);
            } else if (details instanceof EventDetails.TaskFailed failed) {
                step(event, attempt("Error (" + event.type() + ")"), null, errorText(failed.error(), failed.cause()));
            } else if (details instanceof EventDetails.Failure failure) {
                step(event, "Error (" + event.type() + ")", null, errorText(failure.error(), failure.cause()));
            } else if (details instanceof EventDetails.EvaluationFailed failed) {
                step(event, "Error (" + event.type() + ")", null, errorText(failed.error(), failed.cause())
                        + (failed.location() == null ? "" : "\nat " + failed.location()));
            } else if (details instanceof EventDetails.MapStateStarted started) {
                step(event, "Items", null, started.length() + " iterations");
            } else if (details instanceof EventDetails.StateExited exited) {
                step(event, "Output (after ResultSelector, ResultPath and OutputPath)", exited.output(), null);
                if (!exited.assignedVariables().isEmpty()) {
                    ObjectNode variables = Json.emptyObject();
                    exited.assignedVariables().forEach(variables::set);
                    step(event, "Variables assigned", variables, null);
                }
            }
        }

        private String attempt(String title) {
            return attempts > 1 ? title + ", attempt " + attempts : title;
        }

        private static String errorText(String error, String cause) {
            return (error == null ? "(no error name)" : error) + (cause == null ? "" : "\n" + cause);
        }

        private void step(HistoryEvent event, String title, JsonNode json, String text) {
            ObjectNode step = steps.addObject().put("title", title).put("event", event.id())
                    .put("type", event.type().name());
            if (json != null) {
                step.set("json", json);
            }
            if (text != null) {
                step.put("text", text);
            }
        }

        ObjectNode json(int of) {
            ObjectNode visit = Json.emptyObject().put("label", "Visit " + number + " of " + of
                    + (context.isEmpty() ? "" : " (" + context + ")") + (attempts > 1 ? ", " + attempts + " attempts" : ""));
            visit.set("steps", steps);
            return visit;
        }
    }
}
