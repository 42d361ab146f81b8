package dev.sfntest.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * What a path, a payload template or an intrinsic function reads when it is evaluated: the
 * state's input ({@code $}), the Context object ({@code $$}) and the workflow variables
 * ({@code $name}).
 *
 * <pre>{@code
 * DataContext data = DataContext.of(input, contextObject, Map.of("total", IntNode.valueOf(3)));
 * JsonNode value = Path.compile("$.order.id").read(data);
 * }</pre>
 *
 * @param input the current state input
 * @param context the Context object
 * @param variables the variables visible to the state, looked up by name
 * @param random the execution's seeded random source (for {@code States.UUID} and the like)
 */
public record DataContext(JsonNode input, JsonNode context, VariableLookup variables, RandomGenerator random) {

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

    /** The same context with another input. */
    public DataContext withInput(JsonNode newInput) {
        return new DataContext(newInput, context, variables, random);
    }
}
