package dev.sfntest.service;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How strictly a mocked Task result is checked against the API model of the operation it mocks,
 * as AWS's TestState API does ({@code mock.fieldValidationMode}).
 *
 * <pre>{@code
 * Engine.builder().fieldValidationMode(FieldValidationMode.PRESENT).taskHandler(mocks).build();
 * TaskMocks.forState("Load").returns(json).fieldValidation(FieldValidationMode.NONE);
 * }</pre>
 *
 * <p>Members the API does not have are accepted in every mode, as AWS accepts them.
 */
@API(status = EXPERIMENTAL)
public enum FieldValidationMode {
    /** The default: every member present has the modelled type and limits, and required members are present. */
    STRICT,
    /** Only the members present are checked; required members may be missing. */
    PRESENT,
    /** Nothing is checked. */
    NONE;

    /** The mode named {@code name} (any case), or {@code null} when none is. */
    public static FieldValidationMode parse(String name) {
        for (FieldValidationMode mode : values()) {
            if (mode.name().equalsIgnoreCase(name)) {
                return mode;
            }
        }
        return null;
    }
}
