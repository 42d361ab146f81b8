package dev.sfntest.asl;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * One finding of the validator or the parser.
 *
 * <pre>{@code
 * ERROR UNKNOWN_TARGET /States/Charge/Next No state named 'Shipp'; did you mean 'Ship'?
 * }</pre>
 *
 * @param severity {@link Severity#ERROR} stops the definition from running
 * @param code a stable, upper-case code such as {@code UNKNOWN_TARGET}
 * @param location a JSON Pointer into the definition, or {@code line:column} for a parse error
 * @param message what is wrong and, where it helps, how to fix it
 */
@API(status = STABLE)
public record Diagnostic(Severity severity, String code, String location, String message) {

    /** How serious a finding is. */
    public enum Severity {
        /** The definition is invalid and does not run. */
        ERROR,
        /** The definition runs, but something looks wrong (an unsubstituted placeholder...). */
        WARNING
    }

    /** An error at a location. */
    public static Diagnostic error(String code, String location, String message) {
        return new Diagnostic(Severity.ERROR, code, location, message);
    }

    /** A warning at a location. */
    public static Diagnostic warning(String code, String location, String message) {
        return new Diagnostic(Severity.WARNING, code, location, message);
    }

    /** Whether this finding stops the definition from running. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code SEVERITY CODE LOCATION MESSAGE}, the CLI's line format. */
    @Override
    public String toString() {
        return severity + " " + code + " " + (location.isEmpty() ? "/" : location) + " " + message;
    }
}
