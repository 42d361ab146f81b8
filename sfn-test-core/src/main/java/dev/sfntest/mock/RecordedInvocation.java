package dev.sfntest.mock;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.engine.TaskOutcome;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * One Task invocation as {@link TaskMocks} saw it.
 *
 * <pre>{@code
 * RecordedInvocation first = mocks.recorded().forState("Charge").get(0);
 * assertThat(first.input()).isEqualTo(Json.parse("{\"amount\": 5}"));
 * assertThat(first.outcome()).isEqualTo(TaskOutcome.failure("Lambda.TooManyRequestsException", "slow"));
 * }</pre>
 *
 * @param stateName the Task state's name
 * @param resource the state's {@code Resource}
 * @param input the task input, after InputPath and Parameters (or Arguments)
 * @param attempt the 0-based invocation number of the state in its execution
 * @param instant the virtual instant of the call
 * @param outcome what the mock answered, or {@code null} when nothing answered (the run stopped)
 */
@API(status = STABLE)
public record RecordedInvocation(String stateName, String resource, JsonNode input, int attempt, Instant instant,
        TaskOutcome outcome) {
}
