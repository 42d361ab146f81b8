package dev.sfntest.engine;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What GetActivityTask hands a worker: the task token and the input.
 *
 * @param taskToken the token to complete the task with
 * @param input the task input
 */
public record ActivityTask(String taskToken, JsonNode input) {
}
