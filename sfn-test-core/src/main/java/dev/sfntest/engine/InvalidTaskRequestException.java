package dev.sfntest.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.sfntest.SfnTestException;
import org.apiguardian.api.API;

/**
 * A mocked Task sent a request that its operation's API model does not allow (a member the API
 * does not have, a required member missing, a value of the wrong type or outside its enum), as
 * evaluated at run time. The mock would have answered it; AWS would have refused it. How AWS
 * reports such a refusal at run time is not recorded, so the run stops here rather than invent an
 * error: fix the request, or set {@code fieldValidationMode} to NONE for that mock.
 *
 * <pre>{@code
 * Task request validation error: 'Kee' is not a parameter of dynamodb GetItem (did you mean 'Key'?); ...
 *   state 'LoadOrder', attempt 0, resource arn:aws:states:::dynamodb:getItem
 *   at /Kee of the request: {"TableName":"orders","Kee":{"id":{"S":"42"}}}
 * }</pre>
 */
@API(status = EXPERIMENTAL)
public class InvalidTaskRequestException extends SfnTestException {
    private static final long serialVersionUID = 1L;

    private final String stateName;
    private final int attempt;
    private final String pointer;

    /**
     * @param message what is wrong, where, and how to turn the check off
     * @param stateName the Task state
     * @param attempt the state's 0-based invocation number
     * @param pointer JSON Pointer into the request ({@code ""} for the whole request)
     */
    public InvalidTaskRequestException(String message, String stateName, int attempt, String pointer) {
        super(message, null, false, false);
        this.stateName = stateName;
        this.attempt = attempt;
        this.pointer = pointer;
    }

    /** The Task state that sent the request. */
    public String stateName() {
        return stateName;
    }

    /** The state's 0-based invocation number. */
    public int attempt() {
        return attempt;
    }

    /** JSON Pointer into the request where the problem is. */
    public String pointer() {
        return pointer;
    }
}
