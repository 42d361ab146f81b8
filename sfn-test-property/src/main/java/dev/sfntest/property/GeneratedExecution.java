package dev.sfntest.property;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.engine.Engine;
import dev.sfntest.history.EventDetails;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.HistoryEvent;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One generated execution, as {@link Invariant}s see it: the machine, the generated input, fault
 * schedule and engine seed, and what the engine produced.
 *
 * <pre>{@code
 * Invariant refundsOnlyAfterCharge = Invariants.that("a refund follows a charge", execution ->
 *         !execution.path().contains("Refund") || execution.path().contains("Charge"));
 * }</pre>
 *
 * @param machine the state machine
 * @param input the execution input
 * @param faults the fault schedule the tasks played
 * @param engineSeed the engine's seed (interleaving of Parallel and Map, jitter)
 * @param result what the execution produced
 * @param engine the engine that ran it, to run it again
 */
@API(status = EXPERIMENTAL)
public record GeneratedExecution(StateMachine machine, JsonNode input, FaultSchedule faults, long engineSeed,
        ExecutionResult result, Engine engine) {

    /** Runs the same input, faults and seed again. */
    public ExecutionResult replay() {
        return engine.execute(machine, input);
    }

    /** The names of the states entered, in history order (nested ones included). */
    public List<String> path() {
        List<String> names = new ArrayList<>();
        for (HistoryEvent event : result.history()) {
            if (event.details() instanceof EventDetails.StateEntered entered) {
                names.add(entered.name());
            }
        }
        return names;
    }
}
