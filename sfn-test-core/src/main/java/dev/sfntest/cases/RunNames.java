package dev.sfntest.cases;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The names a run used, which a recorded history holds as the tokens {@code <ArnPart_0idx>} (the
 * state machine) and {@code <ExecArnPart_0idx>} (the execution).
 *
 * @param stateMachineName the state machine's name
 * @param executionName the execution's name
 */
@API(status = EXPERIMENTAL)
public record RunNames(String stateMachineName, String executionName) {
}
