package dev.sfntest.property.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.property.FaultSchedule;

/**
 * One generated case of a workflow check.
 *
 * @param input the execution input
 * @param faults the fault schedule
 * @param engineSeed the engine's seed
 */
public record Scenario(JsonNode input, FaultSchedule faults, long engineSeed) {
}
