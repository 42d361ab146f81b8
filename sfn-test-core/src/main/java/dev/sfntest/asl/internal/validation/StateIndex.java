package dev.sfntest.asl.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/** Every state of a definition, in every scope, by name: where it is defined, and in which scope. */
final class StateIndex {
    /** A state's pointer and a description of its scope ("branch 0 of Parallel state 'P'"). */
    record Entry(String pointer, String scope) {
    }

    private final Map<String, Entry> states = new HashMap<>();

    private StateIndex() {
    }

    /** Indexes the definition; structural mistakes are skipped (the scope checks report them). */
    static StateIndex of(JsonNode definition) {
        StateIndex index = new StateIndex();
        index.scope(definition, "", "the top level of the state machine");
        return index;
    }

    /** The first state of that name, or {@code null}. */
    Entry find(String name) {
        return states.get(name);
    }

    private void scope(JsonNode scope, String pointer, String description) {
        JsonNode statesNode = scope == null ? null : scope.get("States");
        if (statesNode == null || !statesNode.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = statesNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String statePointer = Checks.pointer(pointer + "/States", entry.getKey());
            states.putIfAbsent(entry.getKey(), new Entry(statePointer, description));
            JsonNode state = entry.getValue();
            String type = state.path("Type").asText();
            JsonNode branches = state.get("Branches");
            for (int i = 0; branches != null && branches.isArray() && i < branches.size(); i++) {
                scope(branches.get(i), statePointer + "/Branches/" + i,
                        "branch " + i + " of " + type + " state '" + entry.getKey() + "'");
            }
            for (String processor : new String[] {"ItemProcessor", "Iterator"}) {
                if (state.has(processor)) {
                    scope(state.get(processor), statePointer + "/" + processor,
                            "the " + processor + " of " + type + " state '" + entry.getKey() + "'");
                }
            }
        }
    }
}
