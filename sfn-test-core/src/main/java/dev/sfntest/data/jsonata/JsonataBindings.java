package dev.sfntest.data.jsonata;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;

/**
 * What a JSONata expression sees besides its text: {@code $states}, the workflow variables, and
 * the execution's seeded random source and virtual clock (for {@code $random}, {@code $uuid},
 * {@code $now} and {@code $millis}).
 *
 * @param states {@code {"input", "context", "result"?, "errorOutput"?}}
 * @param variables the variables visible to the state, by name
 * @param random the execution's random source
 * @param nowMillis the virtual instant, in epoch milliseconds
 */
@API(status = INTERNAL)
public record JsonataBindings(JsonNode states, Map<String, JsonNode> variables, RandomGenerator random,
        long nowMillis) {
}
