package dev.sfntest.teststate.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.asl.QueryLanguage;
import dev.sfntest.asl.State;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.DataContext;
import dev.sfntest.data.ErrorNames;
import dev.sfntest.data.CompiledPath;
import dev.sfntest.data.PathException;
import dev.sfntest.data.ReferencePath;
import dev.sfntest.data.StatesException;
import dev.sfntest.data.Template;
import dev.sfntest.data.jsonata.JsonataBindings;
import dev.sfntest.data.jsonata.JsonataTemplate;
import dev.sfntest.engine.internal.DataFlow;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The data the tested state's expressions see: its raw input, the Context object and the
 * variables; evaluates its paths, templates and JSONata fields with the engine's data layer.
 */
final class StateData {
    final StateMachine machine;
    final State state;
    final JsonNode rawInput;
    final JsonNode context;
    private final Map<String, JsonNode> variables;
    private final long nowMillis;

    StateData(StateMachine machine, State state, JsonNode rawInput, JsonNode context, Map<String, JsonNode> variables,
            long nowMillis) {
        this.machine = machine;
        this.state = state;
        this.rawInput = rawInput;
        this.context = context;
        this.variables = variables;
        this.nowMillis = nowMillis;
    }

    boolean isJsonata() {
        return state.common().queryLanguage() == QueryLanguage.JSONATA;
    }

    Map<String, JsonNode> variables() {
        return variables;
    }

    /** The JSONPath data over {@code input}. */
    DataContext data(JsonNode input) {
        return DataContext.of(input, context, variables);
    }

    /** InputPath or OutputPath semantics: JSON null gives {@code {}}, {@code $} the value itself. */
    JsonNode select(CompiledPath path, JsonNode value) {
        try {
            return DataFlow.select(path, value, this::data);
        } catch (PathException e) {
            throw new StatesException(ErrorNames.RUNTIME, DataFlow.invalidPath(path, e));
        }
    }

    /** A JSONPath template ({@code Parameters}, {@code ResultSelector}) over {@code input}. */
    JsonNode evaluate(Template template, JsonNode input) {
        return template.evaluate(data(input));
    }

    /** ResultPath semantics: {@code result} placed into the raw input. */
    JsonNode placeResult(ReferencePath resultPath, JsonNode result) {
        return DataFlow.placeResult(resultPath, rawInput, result);
    }

    /**
     * The JSONata value of the state's field at {@code suffix} ({@code /Output}), {@code null}
     * when the state has no such field.
     *
     * @param extra {@code $states} members besides input and context, or {@code null}
     */
    JsonNode jsonata(String suffix, String field, ObjectNode extra) {
        JsonataTemplate template = machine.expressions().jsonata(state.common().pointer(), suffix);
        if (template == null) {
            return null;
        }
        ObjectNode states = DataFlow.states(rawInput, context, extra);
        return template.evaluate(new JsonataBindings(states, variables, new SplittableRandom(0), nowMillis), field);
    }

    /**
     * The variables the {@code Assign} at {@code suffix} sets (JSONPath: over {@code jsonPathInput};
     * JSONata: with {@code extra} in {@code $states}); empty when there is none.
     */
    Map<String, JsonNode> assignments(String suffix, JsonNode jsonPathInput, ObjectNode extra) {
        JsonNode assigned;
        if (isJsonata()) {
            assigned = jsonata(suffix, DataFlow.fieldName(suffix), extra);
        } else {
            Template template = machine.expressions().template(state.common().pointer(), suffix);
            assigned = template == null ? null : evaluate(template, jsonPathInput);
        }
        return DataFlow.variables(assigned);
    }
}
