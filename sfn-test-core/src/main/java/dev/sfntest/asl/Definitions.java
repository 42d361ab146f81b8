package dev.sfntest.asl;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.internal.ModelBuilder;
import dev.sfntest.asl.internal.Placeholders;
import dev.sfntest.asl.internal.Yaml12;
import dev.sfntest.data.Json;
import dev.sfntest.data.InvalidJsonException;
import dev.sfntest.data.TextFiles;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Loads state machine definitions: JSON or YAML text, {@code ${Name}} placeholders substituted,
 * validated, then built into an immutable {@link StateMachine}.
 *
 * <pre>{@code
 * StateMachine machine = Definitions.load(Path.of("order.asl.json"), Map.of("ChargeFn", "arn:aws:lambda:..."));
 * }</pre>
 *
 * <p>A definition with errors never runs: loading throws {@link InvalidDefinitionException} with
 * every diagnostic.
 */
@API(status = STABLE)
public final class Definitions {
    private Definitions() {
    }

    /**
     * Parses and validates a definition.
     *
     * @throws InvalidDefinitionException when the text is not JSON or YAML, or the definition is
     *     invalid
     */
    public static StateMachine parse(String text) {
        return parse(text, Map.of());
    }

    /**
     * Parses a definition, substitutes {@code ${Name}} placeholders, and validates it.
     *
     * @throws InvalidDefinitionException when it cannot be parsed or is invalid
     */
    public static StateMachine parse(String text, Map<String, String> substitutions) {
        return build(Placeholders.substitute(readTree(text), substitutions));
    }

    /**
     * Reads, parses and validates a definition file (JSON or YAML).
     *
     * @throws InvalidDefinitionException when it cannot be parsed or is invalid
     * @throws dev.sfntest.data.UnreadableFileException when the file cannot be read
     */
    public static StateMachine load(java.nio.file.Path file, Map<String, String> substitutions) {
        return parse(read(file), substitutions);
    }

    /** {@link #load(java.nio.file.Path, Map)} without substitutions. */
    public static StateMachine load(java.nio.file.Path file) {
        return load(file, Map.of());
    }

    /**
     * Validates an already parsed definition and builds its model.
     *
     * @throws InvalidDefinitionException when the definition has errors
     */
    public static StateMachine build(JsonNode definition) {
        List<Diagnostic> diagnostics = Validator.validate(definition);
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            throw new InvalidDefinitionException(diagnostics);
        }
        return ModelBuilder.build(definition);
    }

    /**
     * Parses JSON or YAML (1.2 scalars: {@code Yes} stays a string) into a tree, without
     * validating it.
     *
     * @throws InvalidDefinitionException with one {@code PARSE_ERROR} diagnostic located at
     *     {@code line:column}
     */
    public static JsonNode readTree(String text) {
        boolean json = text.stripLeading().startsWith("{") || text.stripLeading().startsWith("[");
        try {
            JsonNode tree = json ? Json.parse(text) : Yaml12.readTree(text);
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                throw new InvalidDefinitionException(List.of(Diagnostic.error("PARSE_ERROR", "1:1",
                        "The definition is empty")));
            }
            return tree;
        } catch (InvalidJsonException e) {
            throw new InvalidDefinitionException(List.of(Diagnostic.error("PARSE_ERROR", e.line() + ":" + e.column(),
                    "Invalid JSON: " + e.problemWithHint())));
        }
    }

    /**
     * The text of a definition file.
     *
     * @throws dev.sfntest.data.UnreadableFileException when it cannot be read
     */
    public static String read(java.nio.file.Path file) {
        return TextFiles.read(file);
    }
}
