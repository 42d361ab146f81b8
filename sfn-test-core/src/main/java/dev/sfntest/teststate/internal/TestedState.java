package dev.sfntest.teststate.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.InvalidDefinitionException;
import dev.sfntest.asl.MapState;
import dev.sfntest.asl.ParallelState;
import dev.sfntest.asl.State;
import dev.sfntest.asl.StateGraph;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.Json;
import dev.sfntest.teststate.TestStateException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The state a TestState request tests, validated as AWS validates it: a single state is checked
 * as the only state of a machine (its {@code Next} and {@code Catch} targets stand in as Succeed
 * states); a whole machine is checked whole, then {@code stateName} is looked up at any depth.
 *
 * @param machine the validated machine (its compiled expressions serve the tested state)
 * @param state the tested state
 */
record TestedState(StateMachine machine, State state) {
    /** The name a single tested state gets in its machine (AWS's {@code $$.State.Name} too). */
    static final String SINGLE_STATE_NAME = "StateName";

    static TestedState resolve(JsonNode definition, String stateName) {
        if (!definition.isObject()) {
            throw TestStateException.invalidDefinition("Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: "
                    + "The definition must be a JSON object at /'");
        }
        if (definition.has("States")) {
            StateMachine machine = build(definition, "");
            String name = stateName != null ? stateName : machine.graph().startAt();
            State state = find(machine.graph(), name);
            if (state == null) {
                throw TestStateException.validation("State not found in definition");
            }
            return new TestedState(machine, state);
        }
        StateMachine machine = build(wrap((ObjectNode) definition), "/States/" + SINGLE_STATE_NAME);
        return new TestedState(machine, machine.graph().state(SINGLE_STATE_NAME));
    }

    private static StateMachine build(JsonNode tree, String statePrefix) {
        try {
            return Definitions.build(tree);
        } catch (InvalidDefinitionException e) {
            throw DefinitionErrors.of(e.diagnostics(), statePrefix);
        }
    }

    /** A machine around one state, its targets as Succeed states, in the state's query language. */
    private static ObjectNode wrap(ObjectNode state) {
        ObjectNode machine = Json.emptyObject();
        if (state.path("QueryLanguage").isTextual()) {
            machine.put("QueryLanguage", state.get("QueryLanguage").textValue());
        }
        machine.put("StartAt", SINGLE_STATE_NAME);
        ObjectNode states = machine.putObject("States");
        states.set(SINGLE_STATE_NAME, state);
        for (String target : targets(state)) {
            if (!states.has(target)) {
                states.putObject(target).put("Type", "Succeed");
            }
        }
        return machine;
    }

    private static Set<String> targets(JsonNode state) {
        Set<String> targets = new LinkedHashSet<>();
        addText(targets, state.get("Next"));
        addText(targets, state.get("Default"));
        for (String list : new String[] {"Choices", "Catch"}) {
            for (JsonNode entry : state.path(list)) {
                addText(targets, entry.get("Next"));
            }
        }
        return targets;
    }

    private static void addText(Set<String> targets, JsonNode value) {
        if (value != null && value.isTextual()) {
            targets.add(value.textValue());
        }
    }

    /** The state named {@code name} in {@code graph} or in its Map and Parallel states, or {@code null}. */
    private static State find(StateGraph graph, String name) {
        State direct = graph.states().get(name);
        if (direct != null) {
            return direct;
        }
        for (State state : graph.states().values()) {
            State nested = null;
            if (state instanceof MapState map) {
                nested = find(map.processor(), name);
            } else if (state instanceof ParallelState parallel) {
                for (StateGraph branch : parallel.branches()) {
                    nested = nested != null ? nested : find(branch, name);
                }
            }
            if (nested != null) {
                return nested;
            }
        }
        return null;
    }
}
