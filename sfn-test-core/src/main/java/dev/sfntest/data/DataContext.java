package dev.sfntest.data;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;

/**
 * What a path, a payload template or an intrinsic function reads when it is evaluated: the
 * state's input ({@code $}), the Context object ({@code $$}) and the workflow variables
 * ({@code $name}).
 *
 * <pre>{@code
 * DataContext data = DataContext.of(input, contextObject, Map.of("total", IntNode.valueOf(3)));
 * JsonNode value = CompiledPath.compile("$.order.id").read(data);
 * }</pre>
 *
 * <p>The Context object may be given as a {@link #lazy supplier}: most states never read
 * {@code $$}, so it is built on first use only, at most once per {@code DataContext}.
 */
@API(status = INTERNAL)
public final class DataContext {
    private final JsonNode input;
    private final VariableLookup variables;
    private final RandomGenerator random;
    private Supplier<? extends JsonNode> contextSupplier;
    private JsonNode context;

    /**
     * A context over an input, a Context object, the visible variables and a random source.
     *
     * @param input the current state input
     * @param context the Context object
     * @param variables the variables visible to the state, looked up by name
     * @param random the execution's seeded random source (for {@code States.UUID} and the like)
     */
    public DataContext(JsonNode input, JsonNode context, VariableLookup variables, RandomGenerator random) {
        this.input = input;
        this.context = context;
        this.variables = variables;
        this.random = random;
    }

    private DataContext(JsonNode input, Supplier<? extends JsonNode> context, VariableLookup variables,
            RandomGenerator random) {
        this.input = input;
        this.contextSupplier = Objects.requireNonNull(context, "context");
        this.variables = variables;
        this.random = random;
    }

    /** Variables looked up by name; {@code null} when no such variable is defined. */
    @FunctionalInterface
    public interface VariableLookup {
        /** The variable's value, or {@code null} when it is not defined. */
        JsonNode get(String name);

        /** A lookup that knows no variables. */
        static VariableLookup none() {
            return name -> null;
        }
    }

    /** A context over an input, a Context object and a fixed map of variables. */
    public static DataContext of(JsonNode input, JsonNode context, Map<String, JsonNode> variables) {
        Map<String, JsonNode> copy = Map.copyOf(variables);
        return new DataContext(input, context, copy::get, new SplittableRandom(0));
    }

    /** A context over an input alone, with an empty Context object and no variables. */
    public static DataContext ofInput(JsonNode input) {
        return new DataContext(input, Json.emptyObject(), VariableLookup.none(), new SplittableRandom(0));
    }

    /**
     * A context whose Context object is built by {@code context} when a path or an intrinsic first
     * reads it ({@code $$...}, or a message that quotes it), and never when none does. The
     * supplier is called at most once; it runs on the thread that evaluates.
     */
    public static DataContext lazy(JsonNode input, Supplier<? extends JsonNode> context, VariableLookup variables,
            RandomGenerator random) {
        return new DataContext(input, context, variables, random);
    }

    /** The current state input. */
    public JsonNode input() {
        return input;
    }

    /** The Context object, built now if it was given lazily and not built yet. */
    public JsonNode context() {
        if (contextSupplier != null) {
            context = contextSupplier.get();
            contextSupplier = null;
        }
        return context;
    }

    /** The variables visible to the state. */
    public VariableLookup variables() {
        return variables;
    }

    /** The execution's seeded random source. */
    public RandomGenerator random() {
        return random;
    }

    /** The same context with another input (a lazy Context object stays lazy, and is shared). */
    public DataContext withInput(JsonNode newInput) {
        if (contextSupplier != null) {
            return new DataContext(newInput, this::context, variables, random);
        }
        return new DataContext(newInput, context, variables, random);
    }

    @Override
    public String toString() {
        return "DataContext[input=" + input + "]";
    }
}
