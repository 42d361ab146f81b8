package dev.sfntest.property;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.mock.ServiceResponses;
import dev.sfntest.property.internal.Collections;
import dev.sfntest.property.internal.DefinitionInputs;
import dev.sfntest.property.internal.JsonValues;
import dev.sfntest.property.internal.Numbers;
import dev.sfntest.property.internal.SchemaInputs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Makes {@link Generator}s: numbers, strings, collections, choices between generators, JSON
 * values, inputs valid against a JSON Schema, and inputs aimed at a definition's Choice branches.
 * Every one shrinks: numbers towards 0, collections towards fewer elements, choices towards the
 * first alternative.
 *
 * <pre>{@code
 * Generator<JsonNode> orders = Generators.fromSchema(Json.parse("""
 *     {"type": "object", "required": ["amount"],
 *      "properties": {"amount": {"type": "integer", "minimum": 0, "maximum": 10000},
 *                     "coupon": {"type": "string", "maxLength": 8}}}
 *     """));
 * Generator<JsonNode> aimed = Generators.inputsFor(machine);   // thresholds, their neighbours, missing fields
 * Generator<List<Integer>> lines = Generators.lists(Generators.integers(1, 99), 1, 10);
 * Generator<String> tier = Generators.frequency(
 *         Generators.weighted(9, Generators.constant("standard")),
 *         Generators.weighted(1, Generators.constant("gold")));
 * }</pre>
 */
@API(status = EXPERIMENTAL)
public final class Generators {
    private Generators() {
    }

    /**
     * A generator and its weight, for {@link #frequency}.
     *
     * @param weight how often, relative to the others (positive)
     * @param generator what to draw from
     */
    public record Weighted<T>(int weight, Generator<? extends T> generator) {
        /** Checks the weight. */
        public Weighted {
            if (weight <= 0) {
                throw new IllegalArgumentException("weight must be positive, was " + weight);
            }
            Objects.requireNonNull(generator, "generator");
        }
    }

    /** Ints in {@code [min, max]}, shrinking towards 0 (or the bound nearest 0). */
    public static Generator<Integer> integers(int min, int max) {
        checkRange(min, max);
        return source -> (int) Numbers.draw(source, min, max);
    }

    /** Longs in {@code [min, max]}, shrinking towards 0 (or the bound nearest 0). */
    public static Generator<Long> longs(long min, long max) {
        checkRange(min, max);
        return source -> Numbers.draw(source, min, max);
    }

    /** {@code true} or {@code false}, shrinking towards {@code false}. */
    public static Generator<Boolean> booleans() {
        return Source::drawBoolean;
    }

    /** Always {@code value}. */
    public static <T> Generator<T> constant(T value) {
        return source -> value;
    }

    /** Strings of {@code min} to {@code max} characters (letters and digits first, then others), shrinking towards "". */
    public static Generator<String> strings(int min, int max) {
        return JsonValues.strings(JsonValues.textAlphabet(), min, max);
    }

    /** Strings of {@code min} to {@code max} characters of {@code alphabet}, shrinking towards its first character. */
    public static Generator<String> strings(String alphabet, int min, int max) {
        if (alphabet.isEmpty()) {
            throw new IllegalArgumentException("The alphabet is empty");
        }
        return JsonValues.strings(alphabet, min, max);
    }

    /** Lists of {@code min} to {@code max} elements, shrinking towards fewer and simpler elements. */
    public static <T> Generator<List<T>> lists(Generator<T> element, int min, int max) {
        return Collections.lists(Objects.requireNonNull(element, "element"), min, max);
    }

    /** Maps of up to {@code max} entries ({@code min} keys drawn, equal keys collapse), in draw order. */
    public static <K, V> Generator<Map<K, V>> maps(Generator<K> keys, Generator<V> values, int min, int max) {
        return Collections.maps(Objects.requireNonNull(keys, "keys"), Objects.requireNonNull(values, "values"),
                min, max);
    }

    /** One of {@code values}, shrinking towards the first. */
    @SafeVarargs
    public static <T> Generator<T> elements(T... values) {
        List<T> copy = new ArrayList<>();
        for (T value : values) {
            copy.add(value);
        }
        nonEmpty(copy, "elements");
        return source -> copy.get(source.pick(copy.size()));
    }

    /** A value of one of {@code generators}, picked evenly, shrinking towards the first. */
    @SafeVarargs
    public static <T> Generator<T> oneOf(Generator<? extends T>... generators) {
        List<Generator<? extends T>> copy = new ArrayList<>();
        for (Generator<? extends T> generator : generators) {
            copy.add(Objects.requireNonNull(generator, "generator"));
        }
        nonEmpty(copy, "oneOf");
        return source -> copy.get(source.pick(copy.size())).generate(source);
    }

    /** A value of one of the generators, picked by weight, shrinking towards the first. */
    @SafeVarargs
    public static <T> Generator<T> frequency(Weighted<? extends T>... choices) {
        List<Weighted<? extends T>> copy = new ArrayList<>();
        for (Weighted<? extends T> choice : choices) {
            copy.add(Objects.requireNonNull(choice, "choice"));
        }
        nonEmpty(copy, "frequency");
        long total = copy.stream().mapToLong(Weighted::weight).sum();
        return source -> {
            long ticket = source.draw(total - 1);
            for (Weighted<? extends T> choice : copy) {
                if (ticket < choice.weight()) {
                    return choice.generator().generate(source);
                }
                ticket -= choice.weight();
            }
            throw new IllegalStateException("unreachable: the ticket exceeds the total weight");
        };
    }

    /** {@code generator} with weight {@code weight}, for {@link #frequency}. */
    public static <T> Weighted<T> weighted(int weight, Generator<? extends T> generator) {
        return new Weighted<>(weight, generator);
    }

    /** Any JSON value (null, boolean, number, string, array, object), nested at most 2 deep. */
    public static Generator<JsonNode> jsonValues() {
        return JsonValues.values(2);
    }

    /** JSON objects of up to 5 fields, nested at most 2 deep. */
    public static Generator<JsonNode> jsonObjects() {
        return JsonValues.objects(2);
    }

    /**
     * Values valid against a JSON Schema: {@code type}, {@code enum}, {@code const},
     * {@code properties}, {@code required}, {@code minimum}/{@code maximum}, {@code minLength}/
     * {@code maxLength}, {@code format: date-time}, {@code items}, {@code minItems}/{@code maxItems},
     * {@code anyOf}/{@code oneOf}. Optional properties shrink towards absent.
     *
     * @throws IllegalArgumentException naming the JSON Pointer of an unsupported keyword
     */
    public static Generator<JsonNode> fromSchema(String schema) {
        return fromSchema(JsonArgument.parse(schema, "The schema"));
    }

    /**
     * Values valid against the JSON Schema {@code schema}, as {@link #fromSchema(String)} reads it.
     *
     * @throws IllegalArgumentException naming the JSON Pointer of an unsupported keyword
     */
    public static Generator<JsonNode> fromSchema(JsonNode schema) {
        return SchemaInputs.of(Objects.requireNonNull(schema, "schema"));
    }

    /**
     * Results of a Task calling {@code resource}, drawn from its operation's AWS API model: the
     * required members always, each optional member present or absent (minimal, valid values), so
     * every result passes STRICT field validation; shrinks towards the minimal
     * {@code ServiceResponses.sample(resource)}. A resource no model describes gives {@code {}}.
     */
    public static Generator<JsonNode> taskResults(String resource) {
        List<String> optional = ServiceResponses.optionalMembers(Objects.requireNonNull(resource, "resource"));
        return source -> {
            List<String> present = new ArrayList<>();
            for (String member : optional) {
                if (source.drawBoolean()) {
                    present.add(member);
                }
            }
            return ServiceResponses.sample(resource, present);
        };
    }

    /**
     * GeneratedExecution inputs aimed at {@code machine}: for every input path its states read (Choice
     * variables, InputPath, Parameters, ItemsPath, Wait paths), each Choice threshold, one below
     * and one above it, a free value, a value of the wrong type, or the field missing. It reads
     * paths as if every state saw the execution input, so combine it with
     * {@link #fromSchema} or your own generator when states reshape their input.
     */
    public static Generator<JsonNode> inputsFor(StateMachine machine) {
        return DefinitionInputs.of(machine.graph());
    }

    private static void nonEmpty(List<?> alternatives, String method) {
        if (alternatives.isEmpty()) {
            throw new IllegalArgumentException(method + "(...) needs at least one alternative");
        }
    }

    private static void checkRange(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("min must not exceed max, but was " + min + " > " + max);
        }
    }
}
