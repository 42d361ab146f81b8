package dev.sfntest.engine;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import org.apiguardian.api.API;

/**
 * What GetActivityTask hands a worker: the task token and the input.
 *
 * @param taskToken the token to complete the task with
 * @param input the task input
 */
@API(status = STABLE)
public record ActivityTask(String taskToken, JsonNode input) {
}
