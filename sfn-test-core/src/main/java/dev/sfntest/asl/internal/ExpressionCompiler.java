package dev.sfntest.asl.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.CompiledExpressions;
import dev.sfntest.asl.QueryLanguage;
import dev.sfntest.data.Template;
import dev.sfntest.data.jsonata.JsonataTemplate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles, once, every JSONata value of JSONata states and every {@code Assign} template of
 * JSONPath states, keyed by JSON Pointer.
 */
final class ExpressionCompiler {
    /** Fields holding nested state graphs, compiled with their own states. */
    private static final Set<String> NESTED = Set.of("Branches", "ItemProcessor", "Iterator");
    /** JSONata fields of a state that hold JSONata values (Catch and Choices are handled per entry). */
    private static final List<String> JSONATA_FIELDS = List.of("Output", "Assign", "Arguments", "Items",
            "ItemSelector", "Seconds", "Timestamp", "TimeoutSeconds", "HeartbeatSeconds", "Error", "Cause",
            "MaxConcurrency", "ToleratedFailureCount", "ToleratedFailurePercentage", "ItemReader", "ItemBatcher",
            "ResultWriter");

    private final Map<String, Map<String, JsonataTemplate>> jsonata = new HashMap<>();
    private final Map<String, Map<String, Template>> templates = new HashMap<>();

    static CompiledExpressions compile(JsonNode definition, QueryLanguage machineLanguage) {
        ExpressionCompiler compiler = new ExpressionCompiler();
        compiler.graph(definition, "", machineLanguage);
        return new CompiledExpressions(compiler.jsonata, compiler.templates);
    }

    private void graph(JsonNode graph, String pointer, QueryLanguage machineLanguage) {
        for (Iterator<Map.Entry<String, JsonNode>> it = graph.path("States").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String statePointer = pointer + "/States/" + Pointers.escape(entry.getKey());
            state(entry.getValue(), statePointer, machineLanguage);
        }
    }

    private void state(JsonNode state, String pointer, QueryLanguage machineLanguage) {
        QueryLanguage language = machineLanguage;
        JsonNode own = state.get("QueryLanguage");
        if (own != null && QueryLanguage.fromAslName(own.asText()) != null) {
            language = QueryLanguage.fromAslName(own.asText());
        }
        boolean isJsonata = language == QueryLanguage.JSONATA;
        if (isJsonata) {
            for (String field : JSONATA_FIELDS) {
                jsonata(state.get(field), pointer, "/" + field);
            }
        } else {
            template(state.get("Assign"), pointer, "/Assign");
        }
        entries(state.path("Choices"), pointer, "/Choices", isJsonata, "Condition");
        entries(state.path("Catch"), pointer, "/Catch", isJsonata, null);
        for (String nested : NESTED) {
            JsonNode value = state.get(nested);
            if (value != null && nested.equals("Branches")) {
                for (int i = 0; i < value.size(); i++) {
                    graph(value.get(i), pointer + "/Branches/" + i, machineLanguage);
                }
            } else if (value != null) {
                graph(value, pointer + "/" + nested, machineLanguage);
            }
        }
    }

    private void entries(JsonNode list, String state, String field, boolean isJsonata, String extraField) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String at = field + "/" + i;
            if (isJsonata) {
                jsonata(entry.get("Output"), state, at + "/Output");
                jsonata(entry.get("Assign"), state, at + "/Assign");
                if (extraField != null) {
                    jsonata(entry.get(extraField), state, at + "/" + extraField);
                }
            } else {
                template(entry.get("Assign"), state, at + "/Assign");
            }
        }
    }

    private void jsonata(JsonNode value, String state, String field) {
        if (value != null) {
            jsonata.computeIfAbsent(state, key -> new HashMap<>()).put(field, JsonataTemplate.compile(value));
        }
    }

    private void template(JsonNode value, String state, String field) {
        if (value != null) {
            templates.computeIfAbsent(state, key -> new HashMap<>()).put(field, Template.compile(value));
        }
    }
}
