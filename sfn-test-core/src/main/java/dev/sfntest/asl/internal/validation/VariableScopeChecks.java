package dev.sfntest.asl.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * AWS's variable scoping rule: a Parallel branch or Map iteration may read the variables of the
 * scopes around it but may not assign one of their names.
 */
final class VariableScopeChecks {
    private final Report report;

    VariableScopeChecks(Report report) {
        this.report = report;
    }

    /** Checks every nested scope of the definition. */
    void check(JsonNode definition) {
        graph(definition, "", new HashMap<>());
    }

    /** @param outer names assigned in the enclosing scopes, with where they were first assigned */
    private void graph(JsonNode graph, String pointer, Map<String, String> outer) {
        if (graph == null || !graph.isObject() || !graph.path("States").isObject()) {
            return; // a structural mistake, reported by the scope checks
        }
        JsonNode states = graph.path("States");
        Map<String, String> here = new HashMap<>(outer);
        for (Iterator<Map.Entry<String, JsonNode>> it = states.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String statePointer = Checks.pointer(pointer + "/States", entry.getKey());
            forEachAssign(entry.getValue(), statePointer, (name, at) -> {
                String outerAt = outer.get(name);
                if (name.equals("states")) {
                    report.error("RESERVED_VARIABLE", at, "'states' cannot be assigned: it is the name of the "
                            + "reserved JSONata variable $states");
                } else if (outerAt != null) {
                    report.error("VARIABLE_SCOPE", at, "The variable '" + name + "' is assigned in an outer scope ("
                            + outerAt + "); a Parallel branch or Map iteration may read it but not assign it. "
                            + "Use another name, or return the value in the output");
                } else {
                    here.putIfAbsent(name, at);
                }
            });
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = states.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String statePointer = Checks.pointer(pointer + "/States", entry.getKey());
            JsonNode state = entry.getValue();
            JsonNode branches = state.path("Branches");
            for (int i = 0; branches.isArray() && i < branches.size(); i++) {
                graph(branches.get(i), statePointer + "/Branches/" + i, here);
            }
            for (String processor : new String[] {"ItemProcessor", "Iterator"}) {
                if (state.has(processor)) {
                    graph(state.get(processor), statePointer + "/" + processor, here);
                }
            }
        }
    }

    private interface AssignVisitor {
        void visit(String name, String pointer);
    }

    private static void forEachAssign(JsonNode state, String pointer, AssignVisitor visitor) {
        names(state.get("Assign"), pointer + "/Assign", visitor);
        for (String list : new String[] {"Choices", "Catch"}) {
            JsonNode entries = state.path(list);
            for (int i = 0; entries.isArray() && i < entries.size(); i++) {
                names(entries.get(i).get("Assign"), pointer + "/" + list + "/" + i + "/Assign", visitor);
            }
        }
    }

    private static void names(JsonNode assign, String pointer, AssignVisitor visitor) {
        if (assign == null || !assign.isObject()) {
            return;
        }
        for (Iterator<String> it = assign.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            String name = key.endsWith(".$") ? key.substring(0, key.length() - 2) : key;
            visitor.visit(name, Checks.pointer(pointer, key));
        }
    }
}
