package dev.sfntest.assertj;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import dev.sfntest.history.EventDetails;
import dev.sfntest.history.HistoryEvent;
import dev.sfntest.report.Timeline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The Task invocations of an execution, read from its history, and how messages list them. */
final class TaskCalls {
    private static final int MAX_LISTED = 10;
    private static final int MAX_JSON = 200;

    private TaskCalls() {
    }

    /** The invocations among {@code events} (a view's), attempts counted over the whole {@code history}. */
    static List<TaskCall> of(List<HistoryEvent> history, List<HistoryEvent> events) {
        Set<Long> inView = events.stream().map(HistoryEvent::id).collect(Collectors.toSet());
        Map<Long, HistoryEvent> byId = new HashMap<>();
        Map<String, Integer> attempts = new HashMap<>();
        List<TaskCall> calls = new ArrayList<>();
        for (HistoryEvent event : history) {
            byId.put(event.id(), event);
            String resource;
            JsonNode parameters;
            if (event.details() instanceof EventDetails.TaskScheduled scheduled) {
                resource = scheduled.resource();
                parameters = scheduled.parameters();
            } else if (event.details() instanceof EventDetails.Scheduled scheduled) {
                resource = scheduled.resource();
                parameters = scheduled.input();
            } else {
                continue;
            }
            HistoryEvent entered = enteredBefore(event, byId);
            if (entered == null) {
                continue;
            }
            EventDetails.StateEntered state = (EventDetails.StateEntered) entered.details();
            int attempt = attempts.merge(state.name(), 1, Integer::sum) - 1;
            if (inView.contains(event.id())) {
                calls.add(new TaskCall(state.name(), resource, attempt, state.input(), parameters,
                        event.timestamp()));
            }
        }
        return List.copyOf(calls);
    }

    /** The state entry an event follows, walking {@code previousEventId} back within its branch or iteration. */
    private static HistoryEvent enteredBefore(HistoryEvent event, Map<Long, HistoryEvent> byId) {
        for (HistoryEvent at = byId.get(event.previousEventId()); at != null; at = byId.get(at.previousEventId())) {
            if (at.details() instanceof EventDetails.StateEntered) {
                return at;
            }
        }
        return null;
    }

    private static String shortJson(JsonNode node) {
        String text = node == null ? "null" : Json.write(node);
        return text.length() > MAX_JSON ? text.substring(0, MAX_JSON - 1) + "…" : text;
    }

    /** One line per invocation (the first ten), indented: state, attempt, time since {@code start}, input and request. */
    static String list(List<TaskCall> calls, Instant start) {
        StringBuilder out = new StringBuilder();
        for (TaskCall call : calls.subList(0, Math.min(MAX_LISTED, calls.size()))) {
            out.append("\n  ").append(call.state()).append(" attempt ").append(call.attempt()).append(" at ")
                    .append(Timeline.offset(start, call.scheduledAt())).append(": input ")
                    .append(shortJson(call.input())).append(", parameters ").append(shortJson(call.parameters()));
        }
        if (calls.size() > MAX_LISTED) {
            out.append("\n  ... ").append(calls.size() - MAX_LISTED).append(" more");
        }
        return out.toString();
    }
}
