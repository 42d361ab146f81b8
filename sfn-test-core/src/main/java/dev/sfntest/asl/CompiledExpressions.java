package dev.sfntest.asl;

import dev.sfntest.data.Template;
import dev.sfntest.data.jsonata.JsonataTemplate;
import java.util.Map;

/**
 * The expressions of a definition compiled once, by the JSON Pointer of their field: JSONata
 * values of JSONata states ({@code /States/Charge/Output}, {@code /States/Route/Choices/0/Condition})
 * and {@code Assign} templates of JSONPath states.
 *
 * <pre>{@code
 * JsonataTemplate output = machine.expressions().jsonata(state.common().pointer() + "/Output");
 * }</pre>
 *
 * @param jsonata JSONata values by pointer
 * @param templates JSONPath {@code Assign} templates by pointer
 */
public record CompiledExpressions(Map<String, JsonataTemplate> jsonata, Map<String, Template> templates) {

    /** Copies the maps. */
    public CompiledExpressions {
        jsonata = Map.copyOf(jsonata);
        templates = Map.copyOf(templates);
    }

    /** The JSONata value at {@code pointer}, or {@code null} when the field is absent. */
    public JsonataTemplate jsonata(String pointer) {
        return jsonata.get(pointer);
    }

    /** The JSONPath template at {@code pointer}, or {@code null} when the field is absent. */
    public Template template(String pointer) {
        return templates.get(pointer);
    }
}
