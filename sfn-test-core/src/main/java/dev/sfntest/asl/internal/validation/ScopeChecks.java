package dev.sfntest.asl.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.QueryLanguage;
import dev.sfntest.asl.internal.Placeholders;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A scope of states (the machine, a Parallel branch, a Map processor): {@code StartAt},
 * {@code States}, names, transition targets, reachability and a way to end.
 */
final class ScopeChecks {
    private static final int MAX_NAME_LENGTH = 80;

    private final Checks checks;
    private final QueryLanguage machineLanguage;
    private final StateChecks states;
    /** Every state name seen so far, in any scope, with where it was first defined. */
    private final Map<String, String> names = new HashMap<>();
    /** Every state of the definition, indexed when the top-level scope is checked. */
    private StateIndex index;

    ScopeChecks(Checks checks, QueryLanguage machineLanguage) {
        this.checks = checks;
        this.machineLanguage = machineLanguage;
        this.states = new StateChecks(checks, this);
    }

    /** The machine's query language, or {@code null} when its {@code QueryLanguage} is invalid. */
    QueryLanguage machineLanguage() {
        return machineLanguage;
    }

    /**
     * Checks a scope and every state in it.
     *
     * @param what how a message names the scope ("The state machine", "Branch 0"...)
     */
    void scope(JsonNode scope, String pointer, String what) {
        if (index == null) {
            index = StateIndex.of(scope);
        }
        boolean hasStartAt = checks.required(scope, "StartAt", pointer, what);
        if (!checks.required(scope, "States", pointer, what)) {
            return;
        }
        JsonNode statesNode = scope.get("States");
        String statesPointer = pointer + "/States";
        if (!statesNode.isObject() || statesNode.isEmpty()) {
            checks.report().error(statesNode.isObject() ? "INVALID_VALUE" : "INVALID_TYPE", statesPointer,
                    "'States' must be an object with at least one state, found " + Checks.show(statesNode));
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = statesNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String statePointer = Checks.pointer(statesPointer, entry.getKey());
            name(entry.getKey(), statePointer);
            if (!entry.getValue().isObject()) {
                checks.report().error("INVALID_TYPE", statePointer, "State '" + entry.getKey()
                        + "' must be an object with a 'Type', found " + Checks.show(entry.getValue())
                        + (FieldRules.TOP_LEVEL.contains(entry.getKey()) ? "; '" + entry.getKey()
                                + "' belongs at the top level of the definition, not inside 'States'" : ""));
                continue;
            }
            states.check(entry.getKey(), entry.getValue(), statePointer);
        }
        Set<String> stateNames = new HashSet<>();
        statesNode.fieldNames().forEachRemaining(stateNames::add);
        Map<String, List<String>> edges = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = statesNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            List<String> targets = new ArrayList<>();
            for (Transitions.Target target : Transitions.of(entry.getValue(),
                    Checks.pointer(statesPointer, entry.getKey()))) {
                if (target(target.name(), target.pointer(), target.field(), statesNode)) {
                    targets.add(target.name());
                }
            }
            edges.put(entry.getKey(), targets);
        }
        JsonNode startAt = scope.get("StartAt");
        if (hasStartAt && checks.string(scope, "StartAt", pointer)
                && target(startAt.textValue(), pointer + "/StartAt", "StartAt", statesNode)) {
            reachability(startAt.textValue(), statesNode, statesPointer, edges);
        }
        if (!Transitions.hasEnd(statesNode)) {
            checks.report().error("MISSING_END_STATE", statesPointer, what + " has no terminal state: end one "
                    + "state with \"End\": true, or add a Succeed or Fail state");
        }
    }

    private void name(String name, String pointer) {
        int characters = name.codePointCount(0, name.length());
        if (name.isEmpty() || characters > MAX_NAME_LENGTH) {
            checks.report().error("INVALID_STATE_NAME", pointer, "State names must be 1 to " + MAX_NAME_LENGTH
                    + " characters long; '" + name + "' has " + characters);
        } else if (name.length() > MAX_NAME_LENGTH) {
            // characters outside the Basic Multilingual Plane take two UTF-16 units; which count AWS applies is not known
            checks.report().warning("STATE_NAME_LENGTH", pointer, "State name '" + name + "' has " + characters
                    + " characters but " + name.length() + " UTF-16 units; AWS may count the units against its "
                    + MAX_NAME_LENGTH + "-character limit");
        }
        String first = names.putIfAbsent(name, pointer);
        if (first != null) {
            checks.report().error("DUPLICATE_STATE_NAME", pointer, "State name '" + name + "' is already used at "
                    + first + "; state names must be unique across the whole state machine, branches included");
        }
    }

    /** Whether the target names a state of the scope; reports it otherwise. */
    private boolean target(String name, String pointer, String field, JsonNode statesNode) {
        if (statesNode.has(name)) {
            return true;
        }
        if (Placeholders.contains(name)) {
            return false;
        }
        List<String> candidates = new ArrayList<>();
        statesNode.fieldNames().forEachRemaining(candidates::add);
        StateIndex.Entry elsewhere = index.find(name);
        checks.report().error("UNKNOWN_TARGET", pointer, "'" + field + "' names no state of this scope: '" + name
                + "'" + (elsewhere != null
                        ? "; '" + name + "' is a state of " + elsewhere.scope() + ", and a state can only move to "
                                + "states of its own scope"
                        : Suggestions.didYouMean(name, candidates)));
        return false;
    }

    private void reachability(String start, JsonNode statesNode, String statesPointer,
            Map<String, List<String>> edges) {
        Set<String> reached = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            String current = queue.poll();
            if (reached.add(current)) {
                queue.addAll(edges.getOrDefault(current, List.of()));
            }
        }
        for (Iterator<String> it = statesNode.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!reached.contains(name)) {
                checks.report().error("UNREACHABLE_STATE", Checks.pointer(statesPointer, name), "State '" + name
                        + "' cannot be reached from '" + start + "'; AWS rejects unreachable states: move to it "
                        + "with a 'Next', 'Default' or Catch 'Next', or remove it");
            }
        }
    }
}
