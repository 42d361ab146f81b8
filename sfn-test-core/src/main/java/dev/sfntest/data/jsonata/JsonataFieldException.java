package dev.sfntest.data.jsonata;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.sfntest.data.ErrorNames;
import dev.sfntest.data.StatesException;
import org.apiguardian.api.API;

/**
 * A {@code States.QueryEvaluationError} of one JSONata expression, naming the field it sits in as
 * AWS names it ({@code Arguments/FunctionName}, {@code Output}): the {@code location} of the
 * {@code EvaluationFailed} event AWS records.
 */
@API(status = EXPERIMENTAL)
public final class JsonataFieldException extends StatesException {
    private final String field;

    /**
     * @param field the field, for example {@code Assign/result}
     * @param cause AWS's cause text
     */
    public JsonataFieldException(String field, String cause) {
        super(ErrorNames.QUERY_EVALUATION_ERROR, cause);
        this.field = field;
    }

    /** The field the expression sits in. */
    public String field() {
        return field;
    }
}
