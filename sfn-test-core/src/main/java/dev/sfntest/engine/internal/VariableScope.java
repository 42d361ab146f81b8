package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.DataContext;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Workflow variables of one scope: the execution's, or a Parallel branch's or Map iteration's,
 * which reads its outer scopes and writes only its own.
 */
final class VariableScope implements DataContext.VariableLookup {
    private final VariableScope parent;
    private final Map<String, JsonNode> values = new HashMap<>();

    VariableScope(VariableScope parent) {
        this.parent = parent;
    }

    /** A nested scope that reads this one. */
    VariableScope child() {
        return new VariableScope(this);
    }

    @Override
    public JsonNode get(String name) {
        for (VariableScope scope = this; scope != null; scope = scope.parent) {
            JsonNode value = scope.values.get(name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** Every visible variable, inner scopes shadowing outer ones. */
    Map<String, JsonNode> visible() {
        Map<String, JsonNode> all = parent == null ? new LinkedHashMap<>() : parent.visible();
        all.putAll(values);
        return all;
    }

    /** Sets variables in this scope. */
    void assign(Map<String, JsonNode> assignments) {
        values.putAll(assignments);
    }
}
