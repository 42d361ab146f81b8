package dev.sfntest.asl;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.internal.validation.Validation;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Checks a definition against the Amazon States Language as AWS enforces it, reporting every
 * problem at once with its JSON Pointer.
 *
 * <pre>{@code
 * List<Diagnostic> diagnostics = Validator.validate(Definitions.readTree(text));
 * }</pre>
 */
@API(status = STABLE)
public final class Validator {
    private Validator() {
    }

    /** Every finding for the definition, in definition order. */
    public static List<Diagnostic> validate(JsonNode definition) {
        return Validation.validate(definition);
    }
}
