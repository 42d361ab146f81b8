package dev.sfntest.teststate.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.asl.FieldValue;
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
     * The value of a JSONata state's field ({@code Output}, named {@code field} in messages): a
     * literal as written, an expression evaluated; {@code null} when the state has no such field.
     *
     * @param extra {@code $states} members besides input and context, or {@code null}
     */
    JsonNode jsonata(FieldValue value, String field, ObjectNode extra) {
        if (value == null) {
            return null;
        }
        if (value instanceof FieldValue.Literal literal) {
            return literal.value();
        }
        if (!(value instanceof FieldValue.Jsonata jsonata)) {
            throw new IllegalArgumentException("'" + field + "' is not a JSONata value");
        }
        ObjectNode states = DataFlow.states(rawInput, context, extra);
        return jsonata.template().evaluate(new JsonataBindings(states, variables, new SplittableRandom(0), nowMillis), field);
    }

    /**
     * The variables an {@code Assign} ({@code field} in messages) sets (JSONPath: over
     * {@code jsonPathInput}; JSONata: with {@code extra} in {@code $states}); empty when there is none.
     */
    Map<String, JsonNode> assignments(FieldValue assign, String field, JsonNode jsonPathInput, ObjectNode extra) {
        JsonNode assigned = assign instanceof FieldValue.Payload payload ? evaluate(payload.template(), jsonPathInput)
                : jsonata(assign, field, extra);
        return DataFlow.variables(assigned);
    }
}
