package dev.sfntest.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.sfntest.data.Json;
import dev.sfntest.history.EventDetails;
import dev.sfntest.history.HistoryEvent;
import dev.sfntest.report.ExecutionPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;

/** Events as a person reads them: number, virtual time since the start, type, state and what happened. */
@API(status = EXPERIMENTAL)
public final class Timeline {
    private static final int MAX_DETAIL = 120;

    private Timeline() {
    }

    /** {@code +1d 00:00:00}, {@code +00:00:05.250}. */
    public static String offset(Instant start, Instant at) {
        Duration d = Duration.between(start, at);
        String time = String.format("%02d:%02d:%02d", d.toHoursPart(), d.toMinutesPart(), d.toSecondsPart())
                + (d.toMillisPart() == 0 ? "" : String.format(".%03d", d.toMillisPart()));
        return "+" + (d.toDays() > 0 ? d.toDays() + "d " : "") + time;
    }

    /** What happened, in a few words: the state, and the error or iteration when there is one. */
    public static String detail(HistoryEvent event, ExecutionPath path) {
        String state = path.stateOf(event).orElse("");
        EventDetails details = event.details();
        String what = "";
        if (details instanceof EventDetails.TaskFailed f) {
            what = f.error() + (f.cause() == null ? "" : ": " + f.cause());
        } else if (details instanceof EventDetails.Failure f) {
            what = (f.error() == null ? "" : f.error()) + (f.cause() == null ? "" : ": " + f.cause());
        } else if (details instanceof EventDetails.EvaluationFailed f) {
            what = f.error() + ": " + f.cause();
        } else if (details instanceof EventDetails.MapIteration it) {
            what = "iteration " + it.index();
        } else if (details instanceof EventDetails.StateExited exited && !exited.assignedVariables().isEmpty()) {
            what = "assigned " + String.join(", ", exited.assignedVariables().keySet());
        } else if (details instanceof EventDetails.Output out && out.output() != null) {
            what = Json.write(out.output());
        }
        String text = state.isEmpty() ? what : what.isEmpty() ? state : state + ": " + what;
        return text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL - 1) + "…" : text;
    }

    /** One line: {@code #7  +1d 00:00:00  TaskStateEntered  ChargeCard}. */
    public static String line(HistoryEvent event, Instant start, ExecutionPath path) {
        return String.format("#%-3d %-15s %-26s %s", event.id(), offset(start, event.timestamp()), event.type(),
                detail(event, path)).stripTrailing();
    }

    /** The last {@code count} events of {@code path}, one line each, indented. */
    public static String last(ExecutionPath path, Instant start, int count) {
        List<HistoryEvent> events = path.events();
        StringBuilder out = new StringBuilder();
        if (events.size() > count) {
            out.append("  ... ").append(events.size() - count).append(" earlier events\n");
        }
        for (HistoryEvent event : events.subList(Math.max(0, events.size() - count), events.size())) {
            out.append("  ").append(line(event, start, path)).append('\n');
        }
        return out.toString();
    }

    /** {@code PrepareOrder → IsLargeOrder → ChargeCard}, or {@code (no state entered)}. */
    public static String pathTaken(ExecutionPath path) {
        List<String> entered = path.enteredStates();
        if (entered.isEmpty()) {
            return "(no state entered)";
        }
        if (entered.size() > 30) {
            return String.join(" → ", entered.subList(0, 10)) + " → ... (" + (entered.size() - 20) + " more) → "
                    + String.join(" → ", entered.subList(entered.size() - 10, entered.size()));
        }
        return String.join(" → ", entered);
    }
}
