package dev.sfntest.asl;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.internal.template.PlaceholderWarnings;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A state machine's definition as taken from a template by {@link Templates}: intrinsic functions
 * resolved where they can be, the rest turned into {@code ${Name}} placeholders (each with a
 * warning), substitutions applied.
 *
 * <pre>{@code
 * TemplateDefinition taken = Templates.read(Path.of("template.yaml"), "OrderStateMachine",
 *         Map.of("ChargeFn.Arn", "arn:aws:lambda:us-east-1:123456789012:function:charge"));
 * taken.warnings().forEach(System.err::println);
 * StateMachine machine = taken.build();
 * }</pre>
 *
 * @param logicalId the state machine's logical id in the template
 * @param definition the definition, not yet validated
 * @param warnings {@code TEMPLATE_PLACEHOLDER} warnings, located by JSON Pointers into the
 *     template: what could not be resolved offline and which substitution supplies it
 */
@API(status = EXPERIMENTAL)
public record TemplateDefinition(String logicalId, JsonNode definition, List<Diagnostic> warnings) {
    /** Copies the list. */
    public TemplateDefinition {
        warnings = List.copyOf(warnings);
    }

    /**
     * The warnings, then the definition's findings ({@link Validator#validate}), each placeholder
     * reported once: a placeholder that a warning explains is not reported again as the
     * definition's {@code UNSUBSTITUTED_PLACEHOLDER}.
     */
    public List<Diagnostic> diagnostics() {
        return PlaceholderWarnings.merge(warnings, Validator.validate(definition));
    }

    /**
     * Validates the definition and builds its model.
     *
     * @throws InvalidDefinitionException when the definition has errors
     */
    public StateMachine build() {
        return Definitions.build(definition);
    }
}
