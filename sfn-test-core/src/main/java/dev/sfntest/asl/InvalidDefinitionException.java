package dev.sfntest.asl;

import static org.apiguardian.api.API.Status.STABLE;

import dev.sfntest.SfnTestException;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Thrown when a definition cannot be parsed or has validation errors; carries every diagnostic,
 * not only the first.
 *
 * <pre>{@code
 * try {
 *     Definitions.parse(text);
 * } catch (InvalidDefinitionException e) {
 *     e.diagnostics().forEach(System.err::println);
 * }
 * }</pre>
 */
@API(status = STABLE)
public class InvalidDefinitionException extends SfnTestException {
    private final List<Diagnostic> diagnostics;

    /** @param diagnostics every finding, errors and warnings */
    public InvalidDefinitionException(List<Diagnostic> diagnostics) {
        super(describe(diagnostics), null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** Every finding, errors and warnings, in definition order. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String describe(List<Diagnostic> diagnostics) {
        List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
        return "The state machine definition is invalid (" + errors.size()
                + (errors.size() == 1 ? " error" : " errors") + "):\n"
                + errors.stream().map(d -> "  " + d).collect(Collectors.joining("\n"));
    }
}
