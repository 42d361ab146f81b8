package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.ChoiceRule;
import dev.sfntest.asl.ComparisonOperator;
import dev.sfntest.data.DataContext;
import dev.sfntest.data.ErrorNames;
import dev.sfntest.data.CompiledPath;
import dev.sfntest.data.PathException;
import dev.sfntest.data.StatesException;
import java.util.Objects;

/**
 * Evaluates JSONPath Choice rules as AWS Step Functions does.
 *
 * <pre>{@code
 * ChoiceRule rule = branch.rule();
 * if (ChoiceEvaluator.matches(rule, DataContext.ofInput(input))) {
 *     next = branch.next();
 * }
 * }</pre>
 *
 * <p>AWS's semantics, as recorded against the real service:
 * <ul>
 *   <li>A value of the wrong type is no match: {@code NumericEquals} on a string, {@code StringEquals}
 *       on {@code null}, a {@code Timestamp...} operator on a string that is not an RFC 3339 timestamp.
 *   <li>{@code IsPresent} is the only operator that tolerates a {@code Variable} that does not
 *       resolve. For every other operator, a {@code Variable} or a {@code ...Path} operand that does not
 *       resolve fails the state with {@code States.Runtime}.
 *   <li>{@code And} and {@code Or} stop at the first rule that decides them.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class ChoiceEvaluator {
    private ChoiceEvaluator() {
    }

    /**
     * Whether the rule matches. {@link ChoiceRule.Condition} (JSONata) is not evaluated here.
     *
     * @param rule a JSONPath rule: a comparison, or {@code And}, {@code Or}, {@code Not} of rules
     * @param data what the rule's paths read
     * @throws StatesException {@code States.Runtime} when a path the rule needs does not resolve, with
     *     the cause {@code Invalid path '$.x': The choice state's condition path references an invalid
     *     value.}; the engine prefixes it with AWS's {@code An error occurred while executing the state
     *     'Name' (entered at the event id #N). }
     * @throws UnsupportedOperationException for a {@link ChoiceRule.Condition}
     */
    public static boolean matches(ChoiceRule rule, DataContext data) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(data, "data");
        if (rule instanceof ChoiceRule.And and) {
            return and.rules().stream().allMatch(each -> matches(each, data));
        }
        if (rule instanceof ChoiceRule.Or or) {
            return or.rules().stream().anyMatch(each -> matches(each, data));
        }
        if (rule instanceof ChoiceRule.Not not) {
            return !matches(not.rule(), data);
        }
        if (rule instanceof ChoiceRule.Comparison comparison) {
            return compare(comparison, data);
        }
        throw new UnsupportedOperationException(
                "A JSONata Condition is evaluated by the JSONata engine, not by ChoiceEvaluator");
    }

    private static boolean compare(ChoiceRule.Comparison comparison, DataContext data) {
        ComparisonOperator operator = comparison.operator();
        if (operator == ComparisonOperator.IsPresent) {
            return isPresent(comparison.variable(), data) == TypeTests.flag(operator, comparison.value());
        }
        JsonNode value = resolve(comparison.variable(), data);
        if (TypeTests.handles(operator)) {
            return TypeTests.test(operator, value, comparison.value());
        }
        JsonNode operand = operator.takesPath() ? resolve(comparison.valuePath(), data) : comparison.value();
        return Comparisons.test(operator, value, operand);
    }

    private static boolean isPresent(CompiledPath path, DataContext data) {
        try {
            path.read(data);
            return true;
        } catch (PathException e) {
            return false;
        }
    }

    /** The value at {@code path}, or AWS's {@code States.Runtime} error when it does not resolve. */
    static JsonNode resolve(CompiledPath path, DataContext data) {
        try {
            return path.read(data);
        } catch (PathException e) {
            throw new StatesException(ErrorNames.RUNTIME, "Invalid path '" + path.text()
                    + "': The choice state's condition path references an invalid value.");
        }
    }
}
