package dev.sfntest.assertj;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * One invocation of a Task state, read from the history ({@code TaskScheduled},
 * {@code LambdaFunctionScheduled} or {@code ActivityScheduled}): what the task received.
 *
 * <pre>{@code
 * assertThatExecution(result).invocations("ChargeCard")
 *         .extracting(TaskCall::attempt).containsExactly(0, 1);
 * }</pre>
 *
 * @param state the Task state's name
 * @param resource the state's {@code Resource}
 * @param attempt the 0-based invocation number of the state in the execution (retries, loops and
 *     Map iterations all advance it, as mocks count attempts)
 * @param input the state's input, as it entered the state
 * @param parameters the evaluated request: the task input after InputPath and Parameters (or Arguments)
 * @param scheduledAt the virtual instant of the call
 */
@API(status = STABLE)
public record TaskCall(String state, String resource, int attempt, JsonNode input, JsonNode parameters,
        Instant scheduledAt) {
}
