package dev.sfntest.asl;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import org.apiguardian.api.API;

/**
 * A parsed, validated state machine definition: immutable, thread-safe, run as often as needed.
 *
 * <pre>{@code
 * StateMachine machine = Definitions.parse("""
 *     {"StartAt": "Hello", "States": {"Hello": {"Type": "Pass", "End": true}}}
 *     """);
 * machine.graph().state("Hello");   // PassState
 * }</pre>
 *
 * <p>Its states hold their data fields compiled once: paths, payload templates, and
 * {@link FieldValue}s for the fields a JSONata state may compute; executions read them as they are.
 *
 * @param graph the top-level {@code StartAt} and {@code States}
 * @param timeoutSeconds {@code TimeoutSeconds}, or {@code null}
 * @param version {@code Version}, or {@code null}
 * @param queryLanguage the top-level {@code QueryLanguage} (JSONPath when absent)
 * @param source the definition as parsed, placeholders substituted
 */
@API(status = STABLE)
public record StateMachine(StateGraph graph, Long timeoutSeconds, String version, QueryLanguage queryLanguage,
        JsonNode source) {
}
