package dev.sfntest.data.jsonata;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * One compiled JSONata expression, as written between {@code {%} and {@code %}} in a JSONata
 * state, evaluated with AWS's {@code $states}, the workflow variables and AWS's extra functions.
 *
 * <pre>{@code
 * JsonataExpression total = JsonataExpression.compile("$sum($states.input.items.price)");
 * JsonNode value = total.evaluate(bindings);   // null when the expression yields nothing
 * }</pre>
 *
 * <p>Immutable and thread-safe. Evaluation is bounded in work, depth and size (deterministically,
 * never by the wall clock: see {@code EvaluationBudget}), so an expression cannot hang a test or
 * exhaust its memory.
 */
@API(status = INTERNAL)
public final class JsonataExpression {
    private final String text;
    private final Jsonata compiled;

    private JsonataExpression(String text, Jsonata compiled) {
        this.text = text;
        this.compiled = compiled;
    }

    /**
     * Compiles an expression (the text inside {@code {% %}}).
     *
     * @throws JsonataSyntaxException when it does not parse, or refers to {@code $} or {@code $$}
     *     at its top level as AWS forbids
     */
    public static JsonataExpression compile(String text) {
        TopLevelCheck.check(text);
        try {
            Jsonata compiled = Jsonata.jsonata(text);
            compiled.setOutputConvertNulls(false);
            return new JsonataExpression(text, compiled);
        } catch (JException e) {
            throw new JsonataSyntaxException("Invalid JSONata expression '" + text + "': " + e.getMessage()
                    + " (at position " + e.getLocation() + ")");
        } catch (RuntimeException e) {
            throw new JsonataSyntaxException("Invalid JSONata expression '" + text + "': " + e.getMessage());
        } catch (StackOverflowError e) {
            // the parser is recursive: a deeply nested expression exhausts the stack, the parse leaves no state
            throw new JsonataSyntaxException("Invalid JSONata expression '" + text + "': it nests too deeply to be "
                    + "read");
        }
    }

    /** The expression as written. */
    public String text() {
        return text;
    }

    /**
     * Evaluates the expression.
     *
     * @return the value, or {@code null} when the expression yields nothing (undefined)
     * @throws JsonataEvaluationException when evaluation fails or yields a value JSON cannot hold
     */
    public JsonNode evaluate(JsonataBindings bindings) {
        Jsonata.Frame frame = compiled.createFrame();
        EvaluationBudget budget = new EvaluationBudget();
        budget.install(frame);
        BoundedFunctions.bind(frame, budget);
        AwsFunctions.bind(frame, bindings);
        for (Map.Entry<String, JsonNode> variable : bindings.variables().entrySet()) {
            frame.bind(variable.getKey(), JsonataValues.toJava(variable.getValue()));
        }
        frame.bind("states", JsonataValues.toJava(bindings.states()));
        Object result;
        try {
            result = compiled.evaluate(null, frame);
        } catch (JException e) {
            throw new JsonataEvaluationException(e.getMessage(), false);
        } catch (AwsFunctions.JsonataFunctionException | EvaluationBudget.BudgetExceededException e) {
            throw new JsonataEvaluationException(e.getMessage(), false);
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw new JsonataEvaluationException("The expression ran out of resources (" + e.getClass().getSimpleName()
                    + ")", false);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new JsonataEvaluationException(cause.getMessage(), false);
        }
        try {
            return JsonataValues.toJson(result);
        } catch (JsonataValues.UnsupportedResultException e) {
            throw new JsonataEvaluationException(null, true);
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
