package dev.sfntest.asl;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.sfntest.SfnTestException;
import org.apiguardian.api.API;

/**
 * Thrown when a state machine cannot be taken from a CloudFormation, SAM or CDK template: the
 * template is not one, names no such state machine, keeps the definition out of reach (S3), or uses
 * an intrinsic function that cannot be evaluated offline.
 *
 * <pre>{@code
 * try {
 *     Templates.load(Path.of("template.yaml"), "OrderStateMachin", Map.of());
 * } catch (InvalidTemplateException e) {
 *     // "The template template.yaml has no state machine 'OrderStateMachin'; did you mean 'OrderStateMachine'? ..."
 *     System.err.println(e.diagnostic());
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL)
public class InvalidTemplateException extends SfnTestException {
    private final transient Diagnostic diagnostic;

    /** @param diagnostic the error, located by a JSON Pointer into the template ({@code line:column} for a parse error) */
    public InvalidTemplateException(Diagnostic diagnostic) {
        super(diagnostic.message(), null, false, false);
        this.diagnostic = diagnostic;
    }

    /** The error as a diagnostic: a code such as {@code UNKNOWN_STATE_MACHINE}, a location, the message. */
    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
