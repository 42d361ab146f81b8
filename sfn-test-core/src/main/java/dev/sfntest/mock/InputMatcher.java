package dev.sfntest.mock;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Decides whether a {@link TaskMock}'s {@code whenInput(...)} block answers a call, from the
 * task's input: the request the Task sends, after {@code InputPath} and {@code Parameters} (or
 * JSONata {@code Arguments}), as {@link dev.sfntest.engine.TaskInvocation#input()} holds it. For
 * {@code arn:aws:states:::lambda:invoke} the function's payload is at {@code $.Payload}.
 *
 * <pre>{@code
 * InputMatcher csv = InputMatchers.at("$.Payload.Key").matches(key -> key.asText().endsWith(".csv"));
 * InputMatcher big = InputMatchers.at("$.Payload.Size").matches(size -> size.asLong() > 1_000_000);
 * TaskMocks.forState("Import")
 *         .whenInput(csv.and(big.not())).returnsPayload("{\"rows\": 10}")
 *         .whenInput(csv).throwsError("States.Timeout", null)
 *         .whenInput(InputMatchers.otherwise()).returnsPayload("{\"rows\": 0}").andSoOn();
 * }</pre>
 *
 * <p>A lambda is a matcher; {@link InputMatchers} makes described ones, whose descriptions appear
 * in the report of a call that no block matched. Matchers are pure: they must not change the input.
 */
@FunctionalInterface
@API(status = STABLE)
public interface InputMatcher {

    /** Whether {@code input} is answered by the block of this matcher. */
    boolean matches(JsonNode input);

    /** How the matcher reads in messages ({@code $.Key is "b.csv"}); a lambda reads as {@code a predicate}. */
    default String description() {
        return "a predicate";
    }

    /** Matches when this and {@code other} both match. */
    default InputMatcher and(InputMatcher other) {
        Objects.requireNonNull(other, "other");
        return InputMatchers.described("(" + description() + ") and (" + other.description() + ")",
                input -> matches(input) && other.matches(input));
    }

    /** Matches when this or {@code other} matches. */
    default InputMatcher or(InputMatcher other) {
        Objects.requireNonNull(other, "other");
        return InputMatchers.described("(" + description() + ") or (" + other.description() + ")",
                input -> matches(input) || other.matches(input));
    }

    /** Matches when this does not. */
    default InputMatcher not() {
        return InputMatchers.described("not (" + description() + ")", input -> !matches(input));
    }

    /** The same matcher, read as {@code description} in messages. */
    default InputMatcher describedAs(String description) {
        return InputMatchers.described(Objects.requireNonNull(description, "description"), this::matches);
    }
}
