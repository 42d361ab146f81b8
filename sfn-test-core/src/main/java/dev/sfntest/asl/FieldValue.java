package dev.sfntest.asl;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Template;
import dev.sfntest.data.jsonata.JsonataTemplate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The compiled value of an ASL field that carries data ({@code TimeoutSeconds}, {@code Arguments},
 * {@code Output}, {@code Assign}, {@code Items}, ...), built once when the definition is parsed:
 * a {@link Literal} taken as written, a JSONPath {@link Payload} template whose {@code .$} fields
 * read paths and intrinsic functions, or a {@link Jsonata} value with {@code {% ... %}}
 * expressions. A JSONata value without any expression is a {@link Literal}.
 *
 * <pre>{@code
 * if (task.timeoutSeconds() instanceof FieldValue.Literal literal) {
 *     long seconds = literal.value().asLong();
 * } else if (task.timeoutSeconds() instanceof FieldValue.Jsonata expression) {
 *     JsonNode written = expression.source();   // "{% $states.input.timeout %}"
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL)
public sealed interface FieldValue permits FieldValue.Literal, FieldValue.Payload, FieldValue.Jsonata {

    /** The value as written in the definition. */
    JsonNode source();

    /**
     * A value used as written.
     *
     * @param value the value
     */
    record Literal(JsonNode value) implements FieldValue {
        /** Checks the value is present. */
        public Literal {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public JsonNode source() {
            return value;
        }
    }

    /**
     * A JSONPath payload template ({@code Assign}, {@code ItemSelector} of a JSONPath state).
     *
     * @param template the compiled template
     */
    record Payload(Template template) implements FieldValue {
        /** Checks the template is present. */
        public Payload {
            Objects.requireNonNull(template, "template");
        }

        @Override
        public JsonNode source() {
            return template.source();
        }
    }

    /**
     * A JSONata state's value with at least one {@code {% ... %}} expression.
     *
     * @param template the compiled value
     */
    record Jsonata(JsonataTemplate template) implements FieldValue {
        /** Checks the template is present. */
        public Jsonata {
            Objects.requireNonNull(template, "template");
        }

        @Override
        public JsonNode source() {
            return template.source();
        }
    }
}
