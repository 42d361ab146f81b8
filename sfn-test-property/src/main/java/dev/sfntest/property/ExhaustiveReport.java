package dev.sfntest.property;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What an exhaustive check explored: every fault schedule with up to {@code maxFaults} injected
 * errors, and none broke an invariant.
 *
 * <pre>{@code
 * ExhaustiveReport report = WorkflowCheck.of(machine)
 *         .invariants(Invariants.standard())
 *         .exhaustive(Json.parse("{\"amount\": 10}"), 2, 10_000);
 * System.out.println(report.summary());
 * // Explored all 57 fault schedules with up to 2 faults: 57 executions entered 9 of 9 states, ...
 * }</pre>
 *
 * @param schedulesExplored how many schedules ran (the fault-free one included)
 * @param maxFaults the most errors injected into one execution
 * @param coverage what they covered
 */
@API(status = EXPERIMENTAL)
public record ExhaustiveReport(int schedulesExplored, int maxFaults, CheckCoverage coverage) {

    /** One line: the schedules explored and the coverage. */
    public String summary() {
        return "Explored all " + schedulesExplored + " fault schedules with up to " + maxFaults
                + (maxFaults == 1 ? " fault: " : " faults: ") + coverage.summary();
    }
}
