package dev.sfntest.service;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A value that does not fit its API shape: AWS's TestState wording ({@code Field 'StatusCode' must
 * be a number}) plus where and what the model expects.
 *
 * <pre>{@code
 * MockedResults.check("arn:aws:states:::lambda:invoke", Json.parse("{\"StatusCode\": \"200\"}"),
 *         FieldValidationMode.STRICT).map(ShapeMismatch::message);
 * // Optional[Field 'StatusCode' must be a number]
 * }</pre>
 *
 * @param pointer JSON Pointer to the value in the checked document ({@code /StatusCode})
 * @param field the member's name as AWS names it in the message
 * @param problem AWS's wording after the field: {@code must be a number}, {@code is missing}...
 * @param expected what the model expects there, for people: {@code an integer from 128 to 10240}
 */
@API(status = EXPERIMENTAL)
public record ShapeMismatch(String pointer, String field, String problem, String expected) {
    /** AWS's sentence: {@code Field 'X' must be a string}, or {@code Required field 'X' is missing}. */
    public String message() {
        return ("is missing".equals(problem) ? "Required field '" : "Field '") + field + "' " + problem;
    }

    /** AWS TestState's whole message: {@code Mock result schema validation error: Field 'X' must be a string}. */
    public String testStateMessage() {
        return "Mock result schema validation error: " + message();
    }
}
