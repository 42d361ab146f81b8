package dev.sfntest.asl.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.internal.Placeholders;
import dev.sfntest.asl.internal.Pointers;
import java.util.ArrayDeque;
import java.util.Deque;
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
        Deque<Object> tokens = new ArrayDeque<>();
        scan(node, pointer, tokens);
    }

    /** Walks the tree keeping the pointer as tokens (names, indexes), joined only for a string with a placeholder. */
    private void scan(JsonNode node, String base, Deque<Object> tokens) {
        if (node.isTextual()) {
            warnIfPlaceholder(node.textValue(), base, tokens);
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                tokens.addLast(field.getKey());
                warnIfPlaceholder(field.getKey(), base, tokens);
                scan(field.getValue(), base, tokens);
                tokens.removeLast();
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                tokens.addLast(i);
                scan(node.get(i), base, tokens);
                tokens.removeLast();
            }
        }
    }

    private void warnIfPlaceholder(String text, String base, Deque<Object> tokens) {
        if (!Placeholders.contains(text)) {
            return;
        }
        StringBuilder pointer = new StringBuilder(base);
        for (Object token : tokens) {
            pointer.append('/').append(token instanceof String name ? Pointers.escape(name) : token);
        }
        warn(text, pointer.toString());
    }

    private void warn(String text, String pointer) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = Placeholders.pattern().matcher(text);
        while (matcher.find()) {
            names.add(matcher.group());
        }
        report.warning("UNSUBSTITUTED_PLACEHOLDER", pointer, (names.size() == 1 ? "Placeholder " : "Placeholders ")
                + String.join(", ", names) + (names.size() == 1 ? " is" : " are") + " not substituted; pass "
                + (names.size() == 1 ? "a value" : "values") + " (DefinitionSubstitutions) or the state machine "
                + "sees the text as written");
    }
}
