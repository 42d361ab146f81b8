package dev.sfntest.asl.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The transitions a state declares: {@code Next}, {@code Default}, Choice and Catch {@code Next}. */
final class Transitions {
    /** One transition: the state named, where, and in which field. */
    record Target(String name, String pointer, String field) {
    }

    private Transitions() {
    }

    static List<Target> of(JsonNode state, String pointer) {
        List<Target> targets = new ArrayList<>();
        if (!state.isObject()) {
            return targets;
        }
        add(targets, state, pointer, "Next");
        add(targets, state, pointer, "Default");
        list(targets, state.get("Choices"), pointer + "/Choices");
        list(targets, state.get("Catch"), pointer + "/Catch");
        return targets;
    }

    private static void list(List<Target> targets, JsonNode list, String pointer) {
        if (list != null && list.isArray()) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).isObject()) {
                    add(targets, list.get(i), Checks.pointer(pointer, i), "Next");
                }
            }
        }
    }

    private static void add(List<Target> targets, JsonNode node, String pointer, String field) {
        JsonNode value = node.get(field);
        if (value != null && value.isTextual()) {
            targets.add(new Target(value.textValue(), Checks.pointer(pointer, field), field));
        }
    }

    /** Whether some state of the scope ends it: {@code End: true}, Succeed or Fail. */
    static boolean hasEnd(JsonNode states) {
        for (JsonNode state : states) {
            if (state.isObject() && (state.path("End").asBoolean(false)
                    || "Succeed".equals(state.path("Type").asText()) || "Fail".equals(state.path("Type").asText()))) {
                return true;
            }
        }
        return false;
    }
}
