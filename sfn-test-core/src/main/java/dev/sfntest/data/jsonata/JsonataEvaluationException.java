package dev.sfntest.data.jsonata;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.sfntest.SfnTestException;
import org.apiguardian.api.API;

/**
 * A JSONata expression failed while it ran, or produced something JSON cannot hold (a function).
 */
@API(status = EXPERIMENTAL)
public class JsonataEvaluationException extends SfnTestException {
    private final boolean unsupportedResult;

    /**
     * @param message the engine's message
     * @param unsupportedResult whether the expression produced a value JSON cannot hold
     */
    public JsonataEvaluationException(String message, boolean unsupportedResult) {
        super(message, null, false, false);
        this.unsupportedResult = unsupportedResult;
    }

    /** Whether the expression produced a value JSON cannot hold, such as a function. */
    public boolean unsupportedResult() {
        return unsupportedResult;
    }
}
