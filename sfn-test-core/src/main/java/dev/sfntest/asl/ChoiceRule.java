package dev.sfntest.asl;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.CompiledPath;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A Choice rule: a comparison, a boolean combination of rules, or a JSONata condition.
 */
@API(status = EXPERIMENTAL)
public sealed interface ChoiceRule {

    /** {@code And}: every rule matches. */
    record And(List<ChoiceRule> rules) implements ChoiceRule {
        /** Copies the list. */
        public And {
            rules = List.copyOf(rules);
        }
    }

    /** {@code Or}: some rule matches. */
    record Or(List<ChoiceRule> rules) implements ChoiceRule {
        /** Copies the list. */
        public Or {
            rules = List.copyOf(rules);
        }
    }

    /** {@code Not}: the rule does not match. */
    record Not(ChoiceRule rule) implements ChoiceRule {
    }

    /**
     * A comparison of {@code Variable} with a literal or, for the {@code ...Path} operators, with
     * the value at another path.
     *
     * @param variable {@code Variable}
     * @param operator the comparison operator
     * @param value the literal operand, or {@code null} for a path operator
     * @param valuePath the path operand, or {@code null} for a literal operator
     */
    record Comparison(CompiledPath variable, ComparisonOperator operator, JsonNode value, CompiledPath valuePath)
            implements ChoiceRule {
    }

    /**
     * A JSONata {@code Condition}.
     *
     * @param condition the compiled expression, or a {@link FieldValue.Literal} boolean
     */
    record Condition(FieldValue condition) implements ChoiceRule {
    }
}
