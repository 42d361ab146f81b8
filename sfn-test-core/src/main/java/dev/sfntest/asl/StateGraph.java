package dev.sfntest.asl;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * A {@code StartAt} and its {@code States}: the whole machine, a Parallel branch or a Map's
 * item processor.
 *
 * @param startAt {@code StartAt}
 * @param states the states by name, in definition order
 * @param comment {@code Comment}, or {@code null}
 * @param pointer JSON Pointer of the graph ({@code ""} for the machine)
 */
@API(status = EXPERIMENTAL)
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
