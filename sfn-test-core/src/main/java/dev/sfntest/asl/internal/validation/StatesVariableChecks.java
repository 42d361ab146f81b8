package dev.sfntest.asl.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where JSONata may read {@code $states.result} and {@code $states.errorOutput}: the result only
 * in the {@code Output} and {@code Assign} of a Task, Parallel or Map state, the error output only
 * in a Catcher's {@code Output} and {@code Assign}.
 */
final class StatesVariableChecks {
    private static final Pattern READ = Pattern.compile("\\$states\\s*\\.\\s*(result|errorOutput)\\b");

    private final Report report;

    StatesVariableChecks(Report report) {
        this.report = report;
    }

    /** Checks the {@code {% %}} strings under the node, at {@code pointer}, for what they may read. */
    void check(JsonNode node, String pointer, boolean resultAllowed, boolean errorOutputAllowed) {
        if (node.isTextual()) {
            String text = node.textValue();
            if (!text.startsWith("{%")) {
                return;
            }
            Matcher matcher = READ.matcher(text);
            while (matcher.find()) {
                if (matcher.group(1).equals("errorOutput") && !errorOutputAllowed) {
                    report.error("INVALID_STATES_REFERENCE", pointer, "$states.errorOutput is only available in the "
                            + "'Output' and 'Assign' of a Catcher");
                    return;
                }
                if (matcher.group(1).equals("result") && !resultAllowed) {
                    report.warning("INVALID_STATES_REFERENCE", pointer, "$states.result is only available in the "
                            + "'Output' and 'Assign' of a Task, Parallel or Map state; here it has no value");
                    return;
                }
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                check(entry.getValue(), Checks.pointer(pointer, entry.getKey()), resultAllowed, errorOutputAllowed);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), Checks.pointer(pointer, i), resultAllowed, errorOutputAllowed);
            }
        }
    }
}
