package dev.sfntest.asl.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.ChoiceRule;
import dev.sfntest.asl.ComparisonOperator;
import dev.sfntest.asl.FieldValue;
import dev.sfntest.data.CompiledPath;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Builds {@link ChoiceRule}s from a valid definition's Choice entries. */
final class ChoiceRules {
    private ChoiceRules() {
    }

    /** The rule of a Choice entry whose JSONata {@code Condition} (if any) is already compiled. */
    static ChoiceRule parse(JsonNode node, FieldValue condition) {
        if (condition != null) {
            return new ChoiceRule.Condition(condition);
        }
        return parse(node);
    }

    private static ChoiceRule parse(JsonNode node) {
        if (node.has("And")) {
            return new ChoiceRule.And(list(node.get("And")));
        }
        if (node.has("Or")) {
            return new ChoiceRule.Or(list(node.get("Or")));
        }
        if (node.has("Not")) {
            return new ChoiceRule.Not(parse(node.get("Not")));
        }
        CompiledPath variable = CompiledPath.compile(node.path("Variable").asText());
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            ComparisonOperator operator = ComparisonOperator.fromAslName(it.next());
            if (operator != null) {
                JsonNode operand = node.get(operator.name());
                return operator.takesPath()
                        ? new ChoiceRule.Comparison(variable, operator, null, CompiledPath.compile(operand.asText()))
                        : new ChoiceRule.Comparison(variable, operator, operand, null);
            }
        }
        throw new IllegalArgumentException("A Choice rule without a comparison operator: " + node);
    }

    private static List<ChoiceRule> list(JsonNode rules) {
        List<ChoiceRule> parsed = new ArrayList<>();
        rules.forEach(rule -> parsed.add(parse(rule)));
        return parsed;
    }
}
