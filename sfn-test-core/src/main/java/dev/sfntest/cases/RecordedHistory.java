package dev.sfntest.cases;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Compares a produced execution history with one AWS recorded ({@code expected.history} of a case
 * file, {@code conformance/README.md}): the produced one is normalised as the recording was (JSON
 * texts parsed, run-specific names, ids and dates as fixed tokens, the case's own
 * {@code historyNormalisation}), then each event's {@code type}, {@code id},
 * {@code previousEventId} and details are compared; a produced event may carry no field the
 * recording lacks. With {@code historyOrder: "unordered"} the events of Parallel branches compare
 * as a multiset.
 *
 * <pre>{@code
 * ArrayNode produced = HistoryJson.events(result.history());
 * List<String> differences = RecordedHistory.differences(expected.get("history"), produced,
 *         new RunNames("machine", "execution"), HistoryRules.NONE);
 * }</pre>
 */
@API(status = EXPERIMENTAL)
public final class RecordedHistory {
    private RecordedHistory() {
    }

    /** The produced history (GetExecutionHistory's shape) in the recordings' normalised form. */
    public static ArrayNode normalise(ArrayNode produced, RunNames names, HistoryRules rules) {
        ArrayNode normalised = new HistoryNormaliser(names, rules).normalise(produced);
        return rules.unordered() ? ParallelBlocks.blank(normalised) : normalised;
    }

    /**
     * The differences between a recorded history and a produced one, one line each (empty when
     * they agree), each naming the event's position, id and type.
     */
    public static List<String> differences(JsonNode recorded, ArrayNode produced, RunNames names, HistoryRules rules) {
        ArrayNode actual = normalise(produced, names, rules);
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < recorded.size() && j < actual.size()) {
            if (recorded.get(i).path("id").asLong() == 0 && rules.unordered()) {
                int recordedEnd = blockEnd(recorded, i);
                int actualEnd = blockEnd(actual, j);
                unordered(recorded, i, recordedEnd, actual, j, actualEnd, out);
                i = recordedEnd;
                j = actualEnd;
                continue;
            }
            List<String> eventDifferences = new ArrayList<>();
            JsonDiff.diff("", recorded.get(i), actual.get(j), eventDifferences);
            for (String difference : eventDifferences) {
                out.add(label(i, recorded.get(i)) + " " + (difference.startsWith(".") ? difference.substring(1) : difference));
            }
            i++;
            j++;
        }
        for (; i < recorded.size(); i++) {
            out.add(label(i, recorded.get(i)) + " missing");
        }
        for (; j < actual.size(); j++) {
            out.add("event [" + j + "] unexpected: " + JsonDiff.shown(actual.get(j)));
        }
        return out;
    }

    private static int blockEnd(JsonNode events, int from) {
        int end = from;
        while (end < events.size() && events.get(end).path("id").asLong() == 0) {
            end++;
        }
        return end;
    }

    private static void unordered(JsonNode recorded, int from, int to, ArrayNode actual, int actualFrom, int actualTo,
            List<String> out) {
        List<JsonNode> left = new ArrayList<>();
        for (int k = actualFrom; k < actualTo; k++) {
            left.add(actual.get(k));
        }
        for (int k = from; k < to; k++) {
            JsonNode wanted = recorded.get(k);
            int match = -1;
            for (int m = 0; m < left.size() && match < 0; m++) {
                if (JsonDiff.same(wanted, left.get(m))) {
                    match = m;
                }
            }
            if (match < 0) {
                out.add(label(k, wanted) + " (unordered Parallel block) not produced: " + JsonDiff.shown(wanted));
            } else {
                left.remove(match);
            }
        }
        for (JsonNode extra : left) {
            out.add("event [" + actualFrom + ".." + actualTo + ") (unordered Parallel block) unexpected: "
                    + JsonDiff.shown(extra));
        }
    }

    private static String label(int index, JsonNode event) {
        return "event [" + index + "] #" + event.path("id").asLong() + " " + event.path("type").asText();
    }
}
