package dev.sfntest.asl.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.internal.Placeholders;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/** Warns about every {@code ${Name}} placeholder left in a string value or a field name. */
final class PlaceholderScan {
    private final Report report;

    PlaceholderScan(Report report) {
        this.report = report;
    }

    void scan(JsonNode node, String pointer) {
        if (node.isTextual()) {
            warn(node.textValue(), pointer);
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String at = Checks.pointer(pointer, field.getKey());
                warn(field.getKey(), at);
                scan(field.getValue(), at);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                scan(node.get(i), Checks.pointer(pointer, i));
            }
        }
    }

    private void warn(String text, String pointer) {
        if (text.indexOf("${") < 0) {
            return;
        }
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = Placeholders.PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group());
        }
        if (names.isEmpty()) {
            return;
        }
        report.warning("UNSUBSTITUTED_PLACEHOLDER", pointer, (names.size() == 1 ? "Placeholder " : "Placeholders ")
                + String.join(", ", names) + (names.size() == 1 ? " is" : " are") + " not substituted; pass "
                + (names.size() == 1 ? "a value" : "values") + " (DefinitionSubstitutions) or the state machine "
                + "sees the text as written");
    }
}
