package dev.sfntest.asl;

import dev.sfntest.data.Template;
import dev.sfntest.data.jsonata.JsonataTemplate;
import java.util.HashMap;
import java.util.Map;

/**
 * The expressions of a definition compiled once, by state (its JSON Pointer) and field (the rest
 * of the pointer): JSONata values of JSONata states ({@code /Output}, {@code /Choices/0/Condition})
 * and {@code Assign} templates of JSONPath states.
 *
 * <pre>{@code
 * JsonataTemplate output = machine.expressions().jsonata(state.common().pointer(), "/Output");
 * }</pre>
 */
public final class CompiledExpressions {
    private final Map<String, Map<String, JsonataTemplate>> jsonata;
    private final Map<String, Map<String, Template>> templates;

    /**
     * @param jsonata JSONata values by state pointer, then field
     * @param templates JSONPath {@code Assign} templates by state pointer, then field
     */
    public CompiledExpressions(Map<String, Map<String, JsonataTemplate>> jsonata,
            Map<String, Map<String, Template>> templates) {
        this.jsonata = copy(jsonata);
        this.templates = copy(templates);
    }

    private static <T> Map<String, Map<String, T>> copy(Map<String, Map<String, T>> byState) {
        Map<String, Map<String, T>> copy = new HashMap<>();
        byState.forEach((state, fields) -> copy.put(state, Map.copyOf(fields)));
        return Map.copyOf(copy);
    }

    /** The JSONata value of a state's field, or {@code null} when the field is absent. */
    public JsonataTemplate jsonata(String statePointer, String field) {
        Map<String, JsonataTemplate> fields = jsonata.get(statePointer);
        return fields == null ? null : fields.get(field);
    }

    /** The JSONPath template of a state's field, or {@code null} when the field is absent. */
    public Template template(String statePointer, String field) {
        Map<String, Template> fields = templates.get(statePointer);
        return fields == null ? null : fields.get(field);
    }
}
