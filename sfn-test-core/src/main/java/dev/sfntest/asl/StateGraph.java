package dev.sfntest.asl;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code StartAt} and its {@code States}: the whole machine, a Parallel branch or a Map's
 * item processor.
 *
 * @param startAt {@code StartAt}
 * @param states the states by name, in definition order
 * @param comment {@code Comment}, or {@code null}
 * @param pointer JSON Pointer of the graph ({@code ""} for the machine)
 */
public record StateGraph(String startAt, Map<String, State> states, String comment, String pointer) {
    /** Copies the map, keeping definition order. */
    public StateGraph {
        states = Collections.unmodifiableMap(new LinkedHashMap<>(states));
    }

    /** The state named {@code name}, or {@code null}. */
    public State state(String name) {
        return states.get(name);
    }
}
