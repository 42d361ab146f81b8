package dev.sfntest.property;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What a check's executions covered: the states entered, the transitions taken, and the catchers
 * that routed an error.
 *
 * <pre>{@code
 * CheckCoverage coverage = WorkflowCheck.of(machine).tries(500).check();
 * assertThat(coverage.statesNeverEntered()).isEmpty();
 * System.out.println(coverage.summary());
 * // 500 executions entered 9 of 9 states, took 12 transitions and 3 of 3 catchers
 * }</pre>
 *
 * @param executions how many executions ran
 * @param states every state of the machine, nested ones included, in definition order
 * @param statesEntered the states some execution entered
 * @param transitions the transitions taken, as {@code "Charge -> Ship"}
 * @param catchers every catcher, as {@code "Charge -> Refund"}
 * @param catchersTaken the catchers that routed an error
 */
@API(status = EXPERIMENTAL)
public record CheckCoverage(int executions, List<String> states, Set<String> statesEntered, Set<String> transitions,
        List<String> catchers, Set<String> catchersTaken) {

    /** Copies the collections. */
    public CheckCoverage {
        states = List.copyOf(states);
        statesEntered = Collections.unmodifiableSet(new LinkedHashSet<>(statesEntered));
        transitions = Collections.unmodifiableSet(new LinkedHashSet<>(transitions));
        catchers = List.copyOf(catchers);
        catchersTaken = Collections.unmodifiableSet(new LinkedHashSet<>(catchersTaken));
    }

    /** The states no execution entered, in definition order. */
    public List<String> statesNeverEntered() {
        List<String> never = new ArrayList<>(states);
        never.removeAll(statesEntered);
        return never;
    }

    /** The catchers no execution took, in definition order. */
    public List<String> catchersNeverTaken() {
        List<String> never = new ArrayList<>(catchers);
        never.removeAll(catchersTaken);
        return never;
    }

    /** One line: {@code 1000 executions entered 7 of 9 states (never: A, B), took 9 transitions and 2 of 3 catchers (never: C -> D)}. */
    public String summary() {
        List<String> neverStates = statesNeverEntered();
        List<String> neverCatchers = catchersNeverTaken();
        return executions + (executions == 1 ? " execution" : " executions") + " entered "
                + (states.size() - neverStates.size()) + " of " + states.size() + " states"
                + (neverStates.isEmpty() ? "" : " (never: " + String.join(", ", neverStates) + ")")
                + ", took " + transitions.size() + (transitions.size() == 1 ? " transition" : " transitions")
                + " and " + (catchers.size() - neverCatchers.size()) + " of " + catchers.size() + " catchers"
                + (neverCatchers.isEmpty() ? "" : " (never: " + String.join(", ", neverCatchers) + ")");
    }
}
