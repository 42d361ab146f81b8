package dev.sfntest.property;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * Something every generated execution must satisfy. Ready-made ones come from {@link Invariants};
 * write your own as a predicate over the {@link GeneratedExecution}.
 *
 * <pre>{@code
 * Invariant shipsOnlyPaidOrders = Invariant.of("ships only paid orders", execution ->
 *         !execution.path().contains("Ship") || execution.path().contains("Charge"));
 * WorkflowCheck.of(machine).invariants(shipsOnlyPaidOrders, Invariants.terminatesWithinLimits()).check();
 * }</pre>
 */
@API(status = EXPERIMENTAL)
public interface Invariant {

    /** The name failure reports print, for example {@code terminates within AWS limits}. */
    String name();

    /** What went wrong in {@code execution}, in one sentence, or {@code null} when the invariant holds. */
    String violation(GeneratedExecution execution);

    /** An invariant named {@code name} that holds when {@code holds} is true. */
    static Invariant of(String name, Predicate<GeneratedExecution> holds) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(holds, "holds");
        return new Invariant() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String violation(GeneratedExecution execution) {
                return holds.test(execution) ? null : "the predicate is false";
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
