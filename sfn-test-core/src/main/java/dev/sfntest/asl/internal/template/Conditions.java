package dev.sfntest.asl.internal.template;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.Diagnostic;
import dev.sfntest.asl.InvalidTemplateException;
import dev.sfntest.asl.internal.Placeholders;
import dev.sfntest.asl.internal.Pointers;

/**
 * The template's {@code Conditions}, evaluated offline for {@code Fn::If}: {@code Fn::Equals},
 * {@code Fn::Not}, {@code Fn::And}, {@code Fn::Or} and {@code Condition} over values that resolve
 * without a deployment.
 */
final class Conditions {
    private final JsonNode conditions;

    Conditions(JsonNode conditions) {
        this.conditions = conditions;
    }

    /** {@code Fn::If [Condition, WhenTrue, WhenFalse]}: the text of the branch the condition picks. */
    String choose(Intrinsics intrinsics, JsonNode argument, String pointer) {
        if (!argument.isArray() || argument.size() != 3 || !argument.get(0).isTextual()) {
            throw intrinsics.malformed("Fn::If", pointer, "[Condition, WhenTrue, WhenFalse]", argument);
        }
        boolean holds = named(intrinsics, argument.get(0).textValue(), pointer);
        int branch = holds ? 1 : 2;
        return intrinsics.text(argument.get(branch), pointer + "/" + branch);
    }

    private boolean named(Intrinsics intrinsics, String name, String pointer) {
        if (!conditions.has(name)) {
            throw new InvalidTemplateException(Diagnostic.error("UNKNOWN_CONDITION", pointer,
                    "The template has no condition '" + name + "' (see its Conditions)"));
        }
        return holds(intrinsics, conditions.get(name), "/Conditions/" + Pointers.escape(name));
    }

    private boolean holds(Intrinsics intrinsics, JsonNode condition, String pointer) {
        if (!condition.isObject() || condition.size() != 1) {
            throw intrinsics.malformed(null, pointer, "a condition function", condition);
        }
        String function = condition.fieldNames().next();
        JsonNode argument = condition.get(function);
        String at = pointer + "/" + Pointers.escape(function);
        switch (function) {
            case "Condition":
                return named(intrinsics, argument.asText(), at);
            case "Fn::Not":
                return !holds(intrinsics, argument.path(0), at + "/0");
            case "Fn::And":
            case "Fn::Or":
                boolean and = function.equals("Fn::And");
                for (int i = 0; i < argument.size(); i++) {
                    if (holds(intrinsics, argument.get(i), at + "/" + i) != and) {
                        return !and;
                    }
                }
                return and;
            case "Fn::Equals":
                if (!argument.isArray() || argument.size() != 2) {
                    throw intrinsics.malformed(function, at, "[value, value]", argument);
                }
                String left = intrinsics.supplied(intrinsics.text(argument.get(0), at + "/0"));
                String right = intrinsics.supplied(intrinsics.text(argument.get(1), at + "/1"));
                if (Placeholders.contains(left) || Placeholders.contains(right)) {
                    throw new InvalidTemplateException(Diagnostic.error("UNSUPPORTED_INTRINSIC", at,
                            "The condition at " + pointer + " compares " + left + " with " + right
                                    + ", which only a deployment knows; give the parameter a Default or supply a substitution"));
                }
                return left.equals(right);
            default:
                throw intrinsics.malformed(null, pointer, "Fn::Equals, Fn::Not, Fn::And, Fn::Or or Condition", condition);
        }
    }
}
