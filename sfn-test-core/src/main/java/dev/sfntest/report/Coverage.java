package dev.sfntest.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.sfntest.asl.Catcher;
import dev.sfntest.asl.ErrorHandling;
import dev.sfntest.asl.Retrier;
import dev.sfntest.asl.State;
import dev.sfntest.asl.StateMachine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Which parts of a definition a set of executions exercised: states entered, transitions taken,
 * retriers and catchers that answered an error.
 *
 * <pre>{@code
 * Coverage coverage = Coverage.of(machine, List.of(ExecutionPath.of(happy), ExecutionPath.of(declined)));
 * coverage.ratio();            // 0.9
 * coverage.neverExercised();   // [Item[kind=RETRIER, name=ChargeCard Retry #1 [States.ALL]]]
 * Coverage total = coverage.merge(otherTestClassCoverage);
 * }</pre>
 *
 * <p>Immutable. An item is named as a person reads it: {@code ChargeCard},
 * {@code IsLargeOrder → WaitForReview}, {@code ChargeCard Retry #1 [States.ALL]},
 * {@code ChargeCard Catch #1 [CardDeclined] → Declined}.
 */
@API(status = EXPERIMENTAL)
public final class Coverage {
    private final Map<String, Item> items;

    private Coverage(Map<String, Item> items) {
        this.items = items;
    }

    /** The coverage of {@code machine} by the executions whose paths are given. */
    public static Coverage of(StateMachine machine, Collection<ExecutionPath> paths) {
        Map<String, Item> items = new LinkedHashMap<>();
        for (State state : DefinitionElements.states(machine.graph())) {
            String name = state.name();
            boolean entered = paths.stream().anyMatch(p -> p.entries(name) > 0);
            add(items, Kind.STATE, name, entered);
            for (String next : DefinitionElements.successors(state)) {
                ExecutionPath.Transition transition = new ExecutionPath.Transition(name, next);
                add(items, Kind.TRANSITION, name + " → " + next,
                        paths.stream().anyMatch(p -> p.transitions().contains(transition)));
            }
            ErrorHandling handling = state.handling();
            if (handling != null) {
                retriers(items, name, handling.retry(), paths);
                catchers(items, name, handling.catchers(), paths);
            }
        }
        return new Coverage(items);
    }

    private static void retriers(Map<String, Item> items, String state, List<Retrier> retriers,
            Collection<ExecutionPath> paths) {
        boolean[] used = new boolean[retriers.size()];
        paths.forEach(p -> p.retries().stream().filter(r -> state.equals(r.state())).forEach(r -> {
            for (int i = 0; i < retriers.size(); i++) {
                if (DefinitionElements.matches(retriers.get(i).errorEquals(), r.error())) {
                    used[i] = true;
                    return;
                }
            }
        }));
        for (int i = 0; i < retriers.size(); i++) {
            add(items, Kind.RETRIER, state + " Retry #" + (i + 1) + " " + retriers.get(i).errorEquals(), used[i]);
        }
    }

    private static void catchers(Map<String, Item> items, String state, List<Catcher> catchers,
            Collection<ExecutionPath> paths) {
        boolean[] used = new boolean[catchers.size()];
        paths.forEach(p -> p.caught().stream().filter(c -> state.equals(c.state())).forEach(c -> {
            for (int i = 0; i < catchers.size(); i++) {
                Catcher catcher = catchers.get(i);
                if (catcher.next().equals(c.next()) && DefinitionElements.matches(catcher.errorEquals(), c.error())) {
                    used[i] = true;
                    return;
                }
            }
        }));
        for (int i = 0; i < catchers.size(); i++) {
            Catcher catcher = catchers.get(i);
            add(items, Kind.CATCHER, state + " Catch #" + (i + 1) + " " + catcher.errorEquals() + " → "
                    + catcher.next(), used[i]);
        }
    }

    private static void add(Map<String, Item> items, Kind kind, String name, boolean exercised) {
        items.merge(kind + " " + name, new Item(kind, name, exercised),
                (a, b) -> new Item(kind, name, a.exercised() || b.exercised()));
    }

    /**
     * This coverage and {@code other} together (of the same definition): an item is exercised
     * when either exercised it; items only one of them has are kept.
     */
    public Coverage merge(Coverage other) {
        Map<String, Item> merged = new LinkedHashMap<>(items);
        other.items.values().forEach(i -> add(merged, i.kind(), i.name(), i.exercised()));
        return new Coverage(merged);
    }

    /** Every item, states first in definition order, each followed by its transitions, retriers, catchers. */
    public List<Item> items() {
        return new ArrayList<>(items.values());
    }

    /** The items no execution exercised. */
    public List<Item> neverExercised() {
        return items.values().stream().filter(i -> !i.exercised()).toList();
    }

    /** How many items were exercised. */
    public int exercised() {
        return (int) items.values().stream().filter(Item::exercised).count();
    }

    /** How many items there are. */
    public int total() {
        return items.size();
    }

    /** {@link #exercised()} / {@link #total()}, 1.0 when there is nothing to exercise. */
    public double ratio() {
        return items.isEmpty() ? 1.0 : (double) exercised() / total();
    }

    /** What an item is. */
    public enum Kind { STATE, TRANSITION, RETRIER, CATCHER }

    /** One thing to exercise, and whether an execution did. */
    public record Item(Kind kind, String name, boolean exercised) {
    }
}
