package dev.sfntest.asl.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.ComparisonOperator;
import dev.sfntest.asl.QueryLanguage;
import dev.sfntest.asl.internal.StateFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Choice states: {@code Choices}, {@code Default}, and every rule, nested ones included. */
final class ChoiceChecks {
    private static final List<String> OPERATORS =
            Arrays.stream(ComparisonOperator.values()).map(Enum::name).toList();
    private static final List<String> COMBINATORS = List.of("And", "Or", "Not");

    private final Checks checks;
    private final DataChecks data;

    ChoiceChecks(Checks checks, DataChecks data) {
        this.checks = checks;
        this.data = data;
    }

    void check(JsonNode state, String pointer, QueryLanguage language) {
        checks.string(state, "Default", pointer);
        if (!checks.required(state, "Choices", pointer, "A Choice state")) {
            return;
        }
        JsonNode choices = state.get("Choices");
        if (!choices.isArray() || choices.isEmpty()) {
            checks.report().error(choices.isArray() ? "INVALID_VALUE" : "INVALID_TYPE", pointer + "/Choices",
                    "'Choices' must be a non-empty array of Choice rules, found " + Checks.show(choices));
            return;
        }
        for (int i = 0; i < choices.size(); i++) {
            rule(choices.get(i), Checks.pointer(pointer + "/Choices", i), language, true);
        }
    }

    private void rule(JsonNode rule, String pointer, QueryLanguage language, boolean topLevel) {
        if (!rule.isObject()) {
            checks.report().error("INVALID_TYPE", pointer, "A Choice rule must be an object, found " + Checks.show(rule));
            return;
        }
        Set<String> allowed = StateFields.allowed(topLevel ? StateFields.CHOICE_RULE : StateFields.NESTED_CHOICE_RULE,
                language);
        checks.unknownFields(rule, pointer, allowed, topLevel ? "a Choice rule" : "a nested Choice rule",
                field -> mismatch(field, language, topLevel));
        checks.string(rule, "Comment", pointer);
        if (topLevel) {
            if (checks.required(rule, "Next", pointer, "A Choice rule")) {
                checks.string(rule, "Next", pointer);
            }
            checks.object(rule, "Assign", pointer);
        }
        if (language == QueryLanguage.JSONATA) {
            condition(rule, pointer);
            data.jsonataFields(rule, pointer, Set.of(), Set.of(), Set.of());
        } else {
            if (topLevel) {
                data.template(rule, "Assign", pointer);
            }
            jsonPathRule(rule, pointer);
        }
    }

    private String mismatch(String field, QueryLanguage language, boolean topLevel) {
        if (!topLevel && (field.equals("Next") || field.equals("Assign"))) {
            return null;
        }
        boolean jsonataField = field.equals("Condition") || field.equals("Output") && topLevel;
        boolean jsonPathField = field.equals("Variable") || COMBINATORS.contains(field) || OPERATORS.contains(field);
        if (language == QueryLanguage.JSONPATH && jsonataField || language == QueryLanguage.JSONATA && jsonPathField) {
            return FieldRules.mismatch(field, language);
        }
        return null;
    }

    private void condition(JsonNode rule, String pointer) {
        if (!checks.required(rule, "Condition", pointer, "A JSONata Choice rule")) {
            return;
        }
        JsonNode condition = rule.get("Condition");
        if (!condition.isBoolean() && !Checks.isJsonata(condition) && !Checks.isPlaceholder(condition)) {
            checks.report().error("INVALID_TYPE", pointer + "/Condition", "'Condition' must be a JSONata expression "
                    + "\"{% ... %}\" or a boolean, found " + Checks.show(condition));
        }
    }

    private void jsonPathRule(JsonNode rule, String pointer) {
        List<String> kinds = new ArrayList<>();
        for (Iterator<String> it = rule.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (COMBINATORS.contains(field) || OPERATORS.contains(field)) {
                kinds.add(field);
            }
        }
        if (kinds.isEmpty()) {
            checks.report().error("INVALID_CHOICE_RULE", pointer, "A Choice rule needs a comparison ('Variable' with "
                    + "an operator such as 'StringEquals') or one of 'And', 'Or', 'Not'");
            return;
        }
        if (kinds.size() > 1) {
            checks.report().error("INVALID_CHOICE_RULE", Checks.pointer(pointer, kinds.get(1)), "A Choice rule takes "
                    + "exactly one operator; found " + String.join(" and ", kinds)
                    + " (combine comparisons with 'And' or 'Or')");
            return;
        }
        String kind = kinds.get(0);
        if (COMBINATORS.contains(kind)) {
            if (rule.has("Variable")) {
                checks.report().error("INVALID_CHOICE_RULE", pointer + "/Variable", "'Variable' cannot be used with '"
                        + kind + "'; put it in the nested rules");
            }
            combinator(rule.get(kind), Checks.pointer(pointer, kind), kind);
            return;
        }
        if (checks.required(rule, "Variable", pointer, "A Choice comparison")) {
            data.path(rule, "Variable", pointer, false);
        }
        operand(rule.get(kind), Checks.pointer(pointer, kind), ComparisonOperator.valueOf(kind));
    }

    private void combinator(JsonNode value, String pointer, String kind) {
        if (kind.equals("Not")) {
            rule(value, pointer, QueryLanguage.JSONPATH, false);
            return;
        }
        if (!value.isArray() || value.isEmpty()) {
            checks.report().error(value.isArray() ? "INVALID_VALUE" : "INVALID_TYPE", pointer, "'" + kind
                    + "' must be a non-empty array of Choice rules, found " + Checks.show(value));
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            rule(value.get(i), Checks.pointer(pointer, i), QueryLanguage.JSONPATH, false);
        }
    }

    private void operand(JsonNode value, String pointer, ComparisonOperator operator) {
        if (Checks.isPlaceholder(value) && !operator.takesPath()) {
            return;
        }
        String name = operator.name();
        String expected;
        boolean valid;
        if (operator.takesPath()) {
            expected = "a path string";
            valid = value.isTextual();
            if (valid) {
                data.pathValue(value, name, pointer, false);
            }
        } else if (name.startsWith("Is")) {
            expected = "true or false";
            valid = value.isBoolean();
        } else if (name.startsWith("Numeric")) {
            expected = "a number";
            valid = value.isNumber();
        } else if (name.startsWith("Boolean")) {
            expected = "true or false";
            valid = value.isBoolean();
        } else if (name.startsWith("Timestamp")) {
            expected = "an RFC 3339 timestamp string such as \"2026-03-14T01:59:00Z\"";
            valid = SimpleStateChecks.isTimestamp(value);
        } else {
            expected = "a string";
            valid = value.isTextual();
        }
        if (!valid) {
            checks.report().error("INVALID_TYPE", pointer, "'" + name + "' takes " + expected + ", found "
                    + Checks.show(value));
        }
    }
}
