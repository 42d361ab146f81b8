package dev.sfntest.engine;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * One call of a Task state, as a {@link TaskHandler} sees it.
 *
 * @param stateName the Task state's name
 * @param resource the state's {@code Resource}
 * @param input the task input, after InputPath and Parameters (or Arguments)
 * @param attempt the 0-based invocation number of this state in the execution: retries, loops
 *     and Map iterations all advance it (as AWS Step Functions Local counts)
 * @param retryCount the retries of the current state entry so far ({@code $$.State.RetryCount})
 * @param instant the virtual instant of the call
 * @param context the Context object ({@code $$}) at the call
 */
@API(status = STABLE)
public record TaskInvocation(String stateName, String resource, JsonNode input, int attempt, int retryCount,
        Instant instant, JsonNode context) {
}
