package dev.sfntest.property;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import dev.sfntest.history.ExecutionStatus;
import dev.sfntest.history.HistoryEvent;
import dev.sfntest.history.HistoryJson;
import dev.sfntest.property.internal.CatchRouting;
import dev.sfntest.property.internal.Limits;
import dev.sfntest.property.internal.RetryPolicy;
import dev.sfntest.property.internal.SchemaCheck;
import dev.sfntest.property.internal.StateIndex;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * Makes ready-to-use {@link Invariant}s. Each one's {@link Invariant#violation} says what went
 * wrong in one sentence, which failure reports print after the invariant's name.
 *
 * <pre>{@code
 * WorkflowCheck.of(machine)
 *         .invariants(Invariants.terminatesWithinLimits(),
 *                 Invariants.failsOnlyWith("OrderRejected", "States.Timeout"),
 *                 Invariants.retriesFollowPolicy(),
 *                 Invariants.catchersRouteErrors(),
 *                 Invariants.outputSatisfies("has an order id", output -> output.has("orderId")),
 *                 Invariants.outputMatchesSchema(Json.parse("{\"required\": [\"status\"]}")),
 *                 Invariants.deterministic())
 *         .check();
 * }</pre>
 */
@API(status = EXPERIMENTAL)
public final class Invariants {
    private Invariants() {
    }

    /** The structural ones: terminates within limits, retries follow policy, catchers route errors, deterministic. */
    public static List<Invariant> standard() {
        return List.of(terminatesWithinLimits(), retriesFollowPolicy(), catchersRouteErrors(), deterministic());
    }

    /**
     * Succeeds or fails within AWS's limits: not timed out or aborted, under 25,000 history events,
     * within a year, not stopped by the engine's transition cap.
     */
    public static Invariant terminatesWithinLimits() {
        return named("terminates within AWS limits", execution -> Limits.violation(execution.result()));
    }

    /** Fails only with one of {@code errors}; with none, always succeeds. */
    public static Invariant failsOnlyWith(String... errors) {
        List<String> allowed = List.copyOf(Arrays.asList(errors));
        String name = allowed.isEmpty() ? "succeeds" : "fails only with " + allowed;
        return named(name, execution -> {
            if (execution.result().status() != ExecutionStatus.FAILED || allowed.contains(execution.result().error())) {
                return null;
            }
            return "the execution failed with " + execution.result().error() + " (cause: "
                    + execution.result().cause() + ")" + (allowed.isEmpty() ? "" : ", which is not among " + allowed);
        });
    }

    /**
     * Each retrier retries at most MaxAttempts times per state visit, and waits
     * {@code IntervalSeconds × BackoffRate^n}, capped by MaxDelaySeconds (with full jitter, between
     * 0 and that), as the history's timestamps show.
     */
    public static Invariant retriesFollowPolicy() {
        return named("retries follow the Retry policy",
                execution -> RetryPolicy.violation(StateIndex.of(execution.machine()), execution.result()));
    }

    /** Every Task error that is not retried goes to its first matching catcher's Next, with {Error, Cause} at its ResultPath. */
    public static Invariant catchersRouteErrors() {
        return named("catchers route errors to their Next",
                execution -> CatchRouting.violation(StateIndex.of(execution.machine()), execution.result()));
    }

    /** When the execution succeeds, its output satisfies {@code predicate}. */
    public static Invariant outputSatisfies(String description, Predicate<JsonNode> predicate) {
        Objects.requireNonNull(predicate, "predicate");
        return named("output " + description, execution -> !execution.result().succeeded()
                || predicate.test(execution.result().output()) ? null
                : "the output was " + Json.write(execution.result().output()));
    }

    /**
     * When the execution succeeds, its output is valid against {@code schema} (the subset
     * {@link Generators#fromSchema} reads; other keywords are ignored).
     */
    public static Invariant outputMatchesSchema(String schema) {
        return outputMatchesSchema(JsonArgument.parse(schema, "The schema"));
    }

    /**
     * When the execution succeeds, its output is valid against {@code schema}, as
     * {@link #outputMatchesSchema(String)} with the schema parsed.
     */
    public static Invariant outputMatchesSchema(JsonNode schema) {
        Objects.requireNonNull(schema, "schema");
        return named("output matches the schema", execution -> !execution.result().succeeded() ? null
                : SchemaCheck.violation(schema, execution.result().output()));
    }

    /** A second run with the same input, faults and engine seed gives the same history, event for event. */
    public static Invariant deterministic() {
        return named("same seed gives the same history", execution -> {
            List<HistoryEvent> first = execution.result().history();
            List<HistoryEvent> second = execution.replay().history();
            for (int i = 0; i < Math.max(first.size(), second.size()); i++) {
                HistoryEvent one = i < first.size() ? first.get(i) : null;
                HistoryEvent two = i < second.size() ? second.get(i) : null;
                if (!Objects.equals(one, two)) {
                    return "a second run differs at event " + (i + 1) + ": " + render(one) + " then " + render(two);
                }
            }
            return null;
        });
    }

    private static String render(HistoryEvent event) {
        return event == null ? "no event" : Json.write(HistoryJson.event(event));
    }

    /** Your own invariant: holds when {@code holds} is true. */
    public static Invariant that(String name, Predicate<GeneratedExecution> holds) {
        return Invariant.of(name, holds);
    }

    private static Invariant named(String name, Function<GeneratedExecution, String> violation) {
        return new Invariant() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String violation(GeneratedExecution execution) {
                return violation.apply(execution);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
