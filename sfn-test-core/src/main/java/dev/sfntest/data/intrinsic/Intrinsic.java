package dev.sfntest.data.intrinsic;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.DataContext;
import dev.sfntest.data.PathException;
import dev.sfntest.data.StatesException;
import org.apiguardian.api.API;

/**
 * An intrinsic function call of the Amazon States Language ({@code States.Format},
 * {@code States.ArrayGetItem}, {@code States.Hash}... all 18 of them), compiled once when a
 * definition is loaded and evaluated each time a state runs.
 *
 * <pre>{@code
 * String field = "States.Format('Hello {}, you have {} items', $.name, States.ArrayLength($.items))";
 * if (Intrinsic.looksLikeIntrinsic(field)) {
 *     Intrinsic greeting = Intrinsic.parse(field);        // PathException when malformed
 *     JsonNode text = greeting.evaluate(DataContext.ofInput(input));
 *     // "Hello Ada, you have 3 items"
 * }
 * }</pre>
 *
 * <p>Arguments are string literals in single quotes ({@code \'}, {@code \{}, {@code \}} and
 * {@code \\} escape), numbers, {@code true}, {@code false}, {@code null}, paths ({@code $.a},
 * {@code $$.Execution.Id}, {@code $variable}) and nested calls. Random functions
 * ({@code States.UUID}, {@code States.MathRandom} without a seed) draw from
 * {@link DataContext#random()}, so a seeded execution replays exactly.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = INTERNAL)
public final class Intrinsic {
    private final String text;
    private final Argument.Call call;

    private Intrinsic(String text, Argument.Call call) {
        this.text = text;
        this.call = call;
    }

    /**
     * Whether the value of a {@code .$} field is an intrinsic call rather than a path: its text
     * starts with {@code States.}.
     */
    public static boolean looksLikeIntrinsic(String text) {
        return text != null && text.startsWith("States.");
    }

    /**
     * Parses a call such as {@code States.Format('Hello {}', $.name)}.
     *
     * @throws PathException when the text is not a well-formed call of a known function with the
     *     right number of arguments; {@link PathException#path()} is the text, the message says what
     *     is wrong and at which column
     */
    public static Intrinsic parse(String text) {
        return new Intrinsic(text, IntrinsicParser.parse(text));
    }

    /**
     * Evaluates the call.
     *
     * @throws StatesException {@code States.IntrinsicFailure} when an argument is of the wrong type
     *     or out of range, with a cause naming the function and the argument
     * @throws PathException when a path argument does not resolve (AWS reports it as
     *     {@code States.Runtime})
     */
    public JsonNode evaluate(DataContext data) {
        return call.evaluate(data);
    }

    /** The call as written in the definition. */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Intrinsic that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
