package dev.sfntest.mock;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import dev.sfntest.data.CompiledPath;
import dev.sfntest.data.PathException;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * Makes {@link InputMatcher}s for {@link TaskMock#whenInput(InputMatcher)}: a value at a JSONPath
 * of the task's input, a predicate on the whole input, or {@link #otherwise()}.
 *
 * <pre>{@code
 * import static dev.sfntest.mock.InputMatchers.at;
 * import static dev.sfntest.mock.InputMatchers.otherwise;
 *
 * TaskMocks.forState("Process")
 *         .whenInput(at("$.Payload.Key").isEqualTo("a.csv")).returnsPayload("{\"rows\": 3}")
 *         .whenInput(at("$.Payload.Key").isEqualTo("b.csv")).throwsError("Lambda.Unknown", "corrupt")
 *         .whenInput(otherwise()).returnsPayload("{\"rows\": 0}").andSoOn();
 * }</pre>
 *
 * <p>Numbers compare by value ({@code 10} equals {@code 10.0}).
 */
@API(status = STABLE)
public final class InputMatchers {
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    private InputMatchers() {
    }

    /**
     * The value at {@code jsonPath} of the task's input ({@code $.Payload.Key}); finish it with
     * {@code isEqualTo}, {@code exists} or {@code matches}.
     *
     * @throws InvalidMockException when {@code jsonPath} is not a JSONPath over the input ({@code $...})
     */
    public static ValueAt at(String jsonPath) {
        Objects.requireNonNull(jsonPath, "jsonPath");
        CompiledPath path;
        try {
            path = CompiledPath.compile(jsonPath);
        } catch (PathException e) {
            throw new InvalidMockException("at(\"" + jsonPath + "\") is not a JSONPath: " + e.getMessage());
        }
        if (path.root() != CompiledPath.Root.INPUT) {
            throw new InvalidMockException("at(\"" + jsonPath + "\") must read the task's input, starting with '$.' "
                    + "or '$['; the Context object and variables are not matched");
        }
        return new ValueAt(path);
    }

    /** Matches a task input that {@code predicate} accepts. */
    public static InputMatcher matching(Predicate<JsonNode> predicate) {
        Objects.requireNonNull(predicate, "predicate");
        return described("input matches a predicate", predicate);
    }

    /** Matches every input: the last block, answering what no earlier block matched. */
    public static InputMatcher otherwise() {
        return Otherwise.INSTANCE;
    }

    /** Whether {@code matcher} is {@link #otherwise()}. */
    static boolean isOtherwise(InputMatcher matcher) {
        return matcher instanceof Otherwise;
    }

    /** The matcher of every input. */
    private enum Otherwise implements InputMatcher {
        INSTANCE;

        @Override
        public boolean matches(JsonNode input) {
            return true;
        }

        @Override
        public String description() {
            return "otherwise";
        }
    }

    /** A matcher that reads as {@code description}. */
    static InputMatcher described(String description, Predicate<JsonNode> predicate) {
        return new Described(description, predicate);
    }

    /** Whether two JSON values are equal, numbers by value. */
    static boolean equal(JsonNode expected, JsonNode actual) {
        return actual != null && expected.equals(NUMBERS_BY_VALUE, actual);
    }

    /** A described matcher. */
    private record Described(String description, Predicate<JsonNode> predicate) implements InputMatcher {
        @Override
        public boolean matches(JsonNode input) {
            return predicate.test(input);
        }

        @Override
        public String toString() {
            return description;
        }
    }

    /**
     * The value at one JSONPath of the task's input, to be matched.
     *
     * <pre>{@code
     * InputMatchers.at("$.Payload.Key").isEqualTo("b.csv");
     * InputMatchers.at("$.Payload.Items[0]").exists();
     * }</pre>
     */
    public static final class ValueAt {
        private final CompiledPath path;

        private ValueAt(CompiledPath path) {
            this.path = path;
        }

        /** Matches when the value is the JSON string {@code text} (not JSON text: {@code "b.csv"} is the string b.csv). */
        public InputMatcher isEqualTo(String text) {
            return isEqualTo(Json.nodes().textNode(Objects.requireNonNull(text, "text")));
        }

        /** Matches when the value is the number {@code number}. */
        public InputMatcher isEqualTo(long number) {
            return isEqualTo(Json.nodes().numberNode(number));
        }

        /** Matches when the value is the boolean {@code value}. */
        public InputMatcher isEqualTo(boolean value) {
            return isEqualTo(Json.nodes().booleanNode(value));
        }

        /** Matches when the value equals {@code expected} (numbers by value). */
        public InputMatcher isEqualTo(JsonNode expected) {
            Objects.requireNonNull(expected, "expected");
            return described(path.text() + " is " + Json.write(expected), input -> equal(expected, read(input)));
        }

        /**
         * Matches when the value equals the JSON text {@code json} ({@code "{\"id\": 1}"}).
         *
         * @throws InvalidMockException when {@code json} is not JSON
         */
        public InputMatcher isEqualToJson(String json) {
            return isEqualTo(MockJson.parse(json, "isEqualToJson(...) at " + path.text()));
        }

        /** Matches when the path selects a value (JSON {@code null} included). */
        public InputMatcher exists() {
            return described(path.text() + " exists", input -> read(input) != null);
        }

        /** Matches when the path selects a value that {@code predicate} accepts. */
        public InputMatcher matches(Predicate<JsonNode> predicate) {
            Objects.requireNonNull(predicate, "predicate");
            return described(path.text() + " matches a predicate", input -> {
                JsonNode value = read(input);
                return value != null && predicate.test(value);
            });
        }

        /** The selected value, or {@code null} when the path selects nothing. */
        private JsonNode read(JsonNode input) {
            try {
                JsonNode value = path.read(input);
                return !path.isDefinite() && value.isArray() && value.isEmpty() ? null : value;
            } catch (PathException e) {
                return null;
            }
        }
    }
}
