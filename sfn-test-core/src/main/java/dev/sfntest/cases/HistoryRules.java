package dev.sfntest.cases;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import org.apiguardian.api.API;

/**
 * How a case's recorded history was normalised, beyond the rules every recording shares: the
 * case's own {@code historyNormalisation} (literal {@code replace} pairs, Python-style
 * {@code regex} pairs, {@code jsonpath} values) and whether the recording put Parallel branch
 * events in no meaningful order ({@code "historyOrder": "unordered"}).
 *
 * <pre>{@code
 * HistoryRules rules = HistoryRules.of(caseJson);
 * }</pre>
 *
 * @param normalisation the case's {@code historyNormalisation} object, or {@code null}
 * @param unordered whether Parallel branch events are compared as multisets
 */
@API(status = EXPERIMENTAL)
public record HistoryRules(JsonNode normalisation, boolean unordered) {

    /** No case-specific rules: histories compared in order, no replacements. */
    public static final HistoryRules NONE = new HistoryRules(null, false);

    /** The rules a case file's JSON gives beside its {@code expected}. */
    public static HistoryRules of(JsonNode caseRoot) {
        JsonNode normalisation = caseRoot.get("historyNormalisation");
        boolean unordered = "unordered".equals(caseRoot.path("historyOrder").asText());
        return new HistoryRules(normalisation == null || normalisation.isNull() ? null : normalisation, unordered);
    }
}
