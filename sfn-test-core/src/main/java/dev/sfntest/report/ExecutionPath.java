package dev.sfntest.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.history.EventDetails;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.HistoryEvent;
import dev.sfntest.history.HistoryEventType;
import dev.sfntest.internal.FailureEvents;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The path an execution took, read from its history: the states it entered, the transitions it
 * took, the errors it retried and caught, each state's visits, the variables it assigned. A view
 * narrows to one Map iteration or one Parallel branch.
 *
 * <pre>{@code
 * ExecutionPath path = ExecutionPath.of(engine.execute(machine, input));
 * path.enteredStates();                       // [Validate, Charge, Notify]
 * path.retries("Charge");                     // 2
 * path.caught();                              // [Catch[state=Ship, error=Ship.Failed, next=Refund]]
 * path.mapIteration("ForEachItem", 0).enteredStates();
 * }</pre>
 *
 * <p>Events are linked by {@code previousEventId}, so interleaved branches and iterations are
 * told apart exactly. Immutable.
 */
@API(status = EXPERIMENTAL)
public final class ExecutionPath {
    private static final int MAX_WALK = 50;
    private final EventTree tree;
    private final List<String> entered = new ArrayList<>();
    private final Set<Transition> transitions = new LinkedHashSet<>();
    private final List<Retry> retries = new ArrayList<>();
    private final List<Catch> caught = new ArrayList<>();
    private final List<Visit> visits = new ArrayList<>();
    private final Map<String, JsonNode> variables = new LinkedHashMap<>();
    private String endState;

    private ExecutionPath(List<HistoryEvent> events) {
        this.tree = new EventTree(events);
        Map<Long, Integer> openVisits = new LinkedHashMap<>();
        for (HistoryEvent event : tree.events()) {
            HistoryEvent parent = tree.parent(event);
            if (EventTree.isEntered(event)) {
                String name = EventTree.stateName(event);
                entered.add(name);
                openVisits.put(event.id(), visits.size());
                visits.add(new Visit(name, event, null));
                if (parent != null && EventTree.isExited(parent)) {
                    transitions.add(new Transition(EventTree.stateName(parent), name));
                    HistoryEvent failure = tree.parent(parent);
                    if (failure != null && FailureEvents.isFailure(failure)) {
                        caught.add(new Catch(EventTree.stateName(parent), caughtError(failure, parent), name));
                    }
                }
            } else if (EventTree.isExited(event)) {
                closeVisit(event, openVisits);
                ((EventDetails.StateExited) event.details()).assignedVariables().forEach(variables::put);
            } else if (event.type() == HistoryEventType.ExecutionSucceeded && parent != null
                    && EventTree.isExited(parent)) {
                endState = EventTree.stateName(parent);
            } else if (FailureEvents.isFailure(event)
                    && tree.children(event).stream().anyMatch(EventTree::isAttemptStart)) {
                retries.add(new Retry(tree.owner(event), FailureEvents.error(event)));
            } else if (EventTree.isStateStart(event) && parent != null && !EventTree.isEntered(parent)
                    && !FailureEvents.isFailure(parent)) {
                // a Map or Parallel state retried: AWS records no ...StateFailed before the new start
                retries.add(new Retry(tree.owner(event), null));
            }
        }
    }

    /**
     * The error a Catch answered: named by the failure event, except for a Parallel or Map state,
     * whose failure event names none (as AWS records it): then the failing branch's or iteration's
     * own failure, else the error output the Catch wrote into the state's output.
     */
    private String caughtError(HistoryEvent failure, HistoryEvent exited) {
        String error = FailureEvents.error(failure);
        int steps = 0;
        for (HistoryEvent at = tree.parent(failure); error == null && at != null && steps++ < MAX_WALK
                && !(at.details() instanceof EventDetails.StateExited)
                && at.type() != HistoryEventType.MapIterationStarted; at = tree.parent(at)) {
            error = FailureEvents.error(at);
        }
        return error != null ? error : FailureEvents.errorOutputIn(((EventDetails.StateExited) exited.details()).output());
    }

    private void closeVisit(HistoryEvent exited, Map<Long, Integer> openVisits) {
        String name = EventTree.stateName(exited);
        for (HistoryEvent at = tree.parent(exited); at != null; at = tree.parent(at)) {
            if (EventTree.isEntered(at) && name.equals(EventTree.stateName(at)) && openVisits.containsKey(at.id())) {
                int index = openVisits.remove(at.id());
                visits.set(index, new Visit(name, at, exited));
                return;
            }
        }
    }

    /** The path of a whole execution. */
    public static ExecutionPath of(ExecutionResult result) {
        return new ExecutionPath(result.history());
    }

    /** The path of some events of one history (a view). */
    public static ExecutionPath of(List<HistoryEvent> events) {
        return new ExecutionPath(events);
    }

    /** The events of this path, in history order. */
    public List<HistoryEvent> events() {
        return tree.events();
    }

    /** The states entered, in order, once per entry. */
    public List<String> enteredStates() {
        return List.copyOf(entered);
    }

    /** The transitions taken (from a state's exit to the next state's entry), in the order first taken. */
    public Set<Transition> transitions() {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(transitions));
    }

    /** The errors a Retry answered, in order. */
    public List<Retry> retries() {
        return List.copyOf(retries);
    }

    /** The errors a Catch answered, in order. */
    public List<Catch> caught() {
        return List.copyOf(caught);
    }

    /** Every visit of every state, in order of entry. */
    public List<Visit> visits() {
        return List.copyOf(visits);
    }

    /** The visits of {@code state}, in order. */
    public List<Visit> visits(String state) {
        return visits.stream().filter(v -> v.state().equals(state)).toList();
    }

    /** How often {@code state} was entered. */
    public int entries(String state) {
        return (int) entered.stream().filter(state::equals).count();
    }

    /** How often {@code state} was retried. */
    public int retries(String state) {
        return (int) retries.stream().filter(r -> state.equals(r.state())).count();
    }

    /** How often {@code state} ran: its entries plus its retries. */
    public int attempts(String state) {
        return entries(state) + retries(state);
    }

    /** Each variable's last assigned value, by name, in order of first assignment. */
    public Map<String, JsonNode> variables() {
        return new LinkedHashMap<>(variables);
    }

    /** The state whose exit ended the execution successfully, if it did. */
    public Optional<String> endState() {
        return Optional.ofNullable(endState);
    }

    /** The state an event belongs to (its own, or the one it happened in), if any. */
    public Optional<String> stateOf(HistoryEvent event) {
        return Optional.ofNullable(tree.owner(event));
    }

    /**
     * The iteration {@code index} (0-based) of the first run of the Map state {@code mapState}.
     *
     * @throws IllegalArgumentException when there is no such iteration
     */
    public ExecutionPath mapIteration(String mapState, int index) {
        for (HistoryEvent event : tree.events()) {
            if (event.type() == HistoryEventType.MapIterationStarted
                    && event.details() instanceof EventDetails.MapIteration it
                    && it.name().equals(mapState) && it.index() == index) {
                return new ExecutionPath(tree.subtree(event));
            }
        }
        throw new IllegalArgumentException("The Map state '" + mapState + "' ran no iteration " + index);
    }

    /**
     * The branch starting at {@code startAt} of the first run of the Parallel state {@code parallelState}.
     *
     * @throws IllegalArgumentException when there is no such branch
     */
    public ExecutionPath parallelBranch(String parallelState, String startAt) {
        for (HistoryEvent event : tree.events()) {
            if (event.type() == HistoryEventType.ParallelStateStarted && parallelState.equals(tree.owner(event))) {
                for (HistoryEvent child : tree.children(event)) {
                    if (EventTree.isEntered(child) && startAt.equals(EventTree.stateName(child))) {
                        return new ExecutionPath(tree.subtree(child));
                    }
                }
            }
        }
        throw new IllegalArgumentException("The Parallel state '" + parallelState
                + "' ran no branch starting at '" + startAt + "'");
    }

    /** A transition from one state's exit to the next state's entry. */
    public record Transition(String from, String to) {
    }

    /** An error a Retry answered: the state ran again. {@code error} is {@code null} when unknown. */
    public record Retry(String state, String error) {
    }

    /** An error a Catch answered: the execution went on at {@code next}. */
    public record Catch(String state, String error, String next) {
    }

    /** One visit of a state: its entry and its exit ({@code null} when it never exited). */
    public record Visit(String state, HistoryEvent entered, HistoryEvent exited) {
        /** The state's input. */
        public JsonNode input() {
            return ((EventDetails.StateEntered) entered.details()).input();
        }

        /** The state's output, or {@code null} when it never exited. */
        public JsonNode output() {
            return exited == null ? null : ((EventDetails.StateExited) exited.details()).output();
        }
    }
}
