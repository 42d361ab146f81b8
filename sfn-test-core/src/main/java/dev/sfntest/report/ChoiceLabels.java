package dev.sfntest.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.ChoiceBranch;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Short labels of Choice rules for diagrams: {@code $.amount NumericGreaterThan 100},
 * {@code ($.a IsPresent true And $.b StringEquals "x")}, or a JSONata condition; at most 60 characters.
 *
 * <pre>{@code
 * ChoiceState choice = (ChoiceState) machine.graph().state("IsLargeOrder");
 * String label = ChoiceLabels.of(machine, choice.choices().get(0));   // "$.amount NumericGreaterThan 100"
 * }</pre>
 */
@API(status = INTERNAL)
public final class ChoiceLabels {
    private static final int MAX_LABEL = 60;

    private ChoiceLabels() {
    }

    /** The label of one rule of a Choice state of {@code machine}. */
    public static String of(StateMachine machine, ChoiceBranch branch) {
        return label(machine.source().at(branch.pointer()));
    }

    /** {@code $.amount NumericGreaterThan 100}, {@code And}, or a JSONata condition. */
    static String label(JsonNode rule) {
        String label;
        if (rule.has("Condition")) {
            label = rule.get("Condition").isTextual() ? rule.get("Condition").textValue()
                    : Json.write(rule.get("Condition"));
        } else if (rule.has("And") || rule.has("Or")) {
            String operator = rule.has("And") ? "And" : "Or";
            List<String> parts = new ArrayList<>();
            rule.get(operator).forEach(r -> parts.add(label(r)));
            label = "(" + String.join(" " + operator + " ", parts) + ")";
        } else if (rule.has("Not")) {
            label = "Not " + label(rule.get("Not"));
        } else {
            label = comparison(rule);
        }
        return label.length() > MAX_LABEL ? label.substring(0, MAX_LABEL - 1) + "…" : label;
    }

    private static String comparison(JsonNode rule) {
        for (Iterator<Map.Entry<String, JsonNode>> it = rule.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            if (!Set.of("Variable", "Next", "Assign", "Output", "Comment").contains(key)) {
                JsonNode value = field.getValue();
                return rule.path("Variable").asText() + " " + key + " "
                        + (value.isTextual() && key.endsWith("Path") ? value.textValue() : Json.write(value));
            }
        }
        return rule.path("Variable").asText();
    }
}
