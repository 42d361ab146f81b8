package dev.sfntest.mock;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * The Task invocations {@link TaskMocks} recorded, in call order; an immutable snapshot to filter
 * and count.
 *
 * <pre>{@code
 * TaskMocks mocks = TaskMocks.of(TaskMocks.forState("Charge").returns("{}").andSoOn());
 * Engine.builder().taskHandler(mocks).build().execute(machine, input);
 * Invocations charges = mocks.recorded().forState("Charge");
 * assertThat(charges.count()).isEqualTo(3);
 * assertThat(charges.inputs()).containsOnly(Json.parse("{\"amount\": 5}"));
 * assertThat(charges.last().attempt()).isEqualTo(2);
 * }</pre>
 */
@API(status = STABLE)
public final class Invocations {
    private final List<RecordedInvocation> all;

    Invocations(List<RecordedInvocation> all) {
        this.all = List.copyOf(all);
    }

    /** The invocations of the state named {@code stateName}. */
    public Invocations forState(String stateName) {
        return filter(i -> i.stateName().equals(stateName));
    }

    /** The invocations of states whose {@code Resource} is {@code resource}. */
    public Invocations forResource(String resource) {
        return filter(i -> i.resource().equals(resource));
    }

    /** The invocations that match {@code predicate}. */
    public Invocations filter(Predicate<RecordedInvocation> predicate) {
        return new Invocations(all.stream().filter(predicate).toList());
    }

    /** How many. */
    public int count() {
        return all.size();
    }

    /** Whether there are none. */
    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** The task inputs (after Parameters), in call order. */
    public List<JsonNode> inputs() {
        return all.stream().map(RecordedInvocation::input).toList();
    }

    /** The state names, in call order, one per invocation. */
    public List<String> stateNames() {
        return all.stream().map(RecordedInvocation::stateName).toList();
    }

    /** The {@code index}-th invocation (0-based). */
    public RecordedInvocation get(int index) {
        if (index < 0 || index >= all.size()) {
            throw new IndexOutOfBoundsException("There is no invocation " + index + "; " + all.size()
                    + " were recorded");
        }
        return all.get(index);
    }

    /** The last invocation. */
    public RecordedInvocation last() {
        if (all.isEmpty()) {
            throw new IndexOutOfBoundsException("There is no last invocation; none were recorded");
        }
        return get(all.size() - 1);
    }

    /** All of them, in call order. */
    public List<RecordedInvocation> list() {
        return all;
    }

    @Override
    public String toString() {
        return all.toString();
    }
}
