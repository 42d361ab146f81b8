package dev.sfntest.engine;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import org.apiguardian.api.API;

/**
 * A task that waits for outside input: a {@code .waitForTaskToken} callback, or an activity task
 * no worker has finished.
 *
 * @param stateName the Task state's name
 * @param resource the state's {@code Resource}
 * @param token the task token to complete it with
 * @param input the task input (after Parameters or Arguments)
 */
@API(status = STABLE)
public record PendingTask(String stateName, String resource, String token, JsonNode input) {
}
