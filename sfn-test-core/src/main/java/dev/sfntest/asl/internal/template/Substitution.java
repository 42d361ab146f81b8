package dev.sfntest.asl.internal.template;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.internal.Pointers;

/**
 * One {@code Fn::Sub}: a text whose {@code ${Name}} are replaced by the function's own variables,
 * parameters, pseudo parameters, or placeholders; {@code ${!Literal}} is written {@code ${Literal}}.
 */
final class Substitution {
    private final Intrinsics intrinsics;
    private final JsonNode argument;
    private final String pointer;

    Substitution(Intrinsics intrinsics, JsonNode argument, String pointer) {
        this.intrinsics = intrinsics;
        this.argument = argument;
        this.pointer = pointer;
    }

    String text() {
        JsonNode template;
        JsonNode variables = null;
        if (argument.isTextual()) {
            template = argument;
        } else if (argument.isArray() && argument.size() == 2 && argument.get(0).isTextual() && argument.get(1).isObject()) {
            template = argument.get(0);
            variables = argument.get(1);
        } else {
            throw intrinsics.malformed("Fn::Sub", pointer, "a text or [text, {variables}]", argument);
        }
        String text = template.textValue();
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int open = text.indexOf("${"); open >= 0; open = text.indexOf("${", from)) {
            int close = text.indexOf('}', open + 2);
            if (close < 0) {
                break;
            }
            out.append(text, from, open);
            String name = text.substring(open + 2, close);
            out.append(value(name.strip(), variables));
            from = close + 1;
        }
        return out.append(text.substring(from)).toString();
    }

    private String value(String name, JsonNode variables) {
        if (name.startsWith("!")) {
            return "${" + name.substring(1) + "}";
        }
        if (variables != null && variables.has(name)) {
            return intrinsics.text(variables.get(name), pointer + "/1/" + Pointers.escape(name));
        }
        String written = "Fn::Sub ${" + name + "}";
        int dot = name.indexOf('.');
        if (dot > 0 && !name.startsWith("AWS::")) {
            return intrinsics.placeholderFor(name, written, pointer);
        }
        return intrinsics.reference(name, written, pointer);
    }
}
