package dev.sfntest.server.internal;

/**
 * An error the API answers with HTTP 400 and {@code {"__type": ..., "message": ...}}, in AWS's
 * namespaces: Step Functions' own errors under {@code com.amazonaws.swf.service.v2.model}, model
 * constraint violations under {@code com.amazon.coral.validate}, protocol errors under
 * {@code com.amazon.coral.service}. SDKs read the code after the {@code #}.
 */
public final class ApiException extends RuntimeException {
    private static final String SERVICE = "com.amazonaws.swf.service.v2.model#";
    private static final String CORAL_VALIDATE = "com.amazon.coral.validate#";
    private static final String CORAL_SERVICE = "com.amazon.coral.service#";

    private final String type;
    private final String code;
    private final String reason;

    private ApiException(String namespace, String code, String message) {
        this(namespace, code, message, null);
    }

    private ApiException(String namespace, String code, String message, String reason) {
        super(message, null, false, false);
        this.type = namespace + code;
        this.code = code;
        this.reason = reason;
    }

    /** A Step Functions error such as {@code StateMachineDoesNotExist}. */
    public static ApiException service(String code, String message) {
        return new ApiException(SERVICE, code, message);
    }

    /** A violated model constraint: {@code 1 validation error detected: ...}. */
    public static ApiException validation(String violation) {
        return new ApiException(CORAL_VALIDATE, "ValidationException", "1 validation error detected: " + violation);
    }

    /** A {@code ValidationException} with a message of Step Functions' own. */
    public static ApiException validationMessage(String message) {
        return new ApiException(SERVICE, "ValidationException", message);
    }

    /**
     * A {@code ValidationException} with its {@code reason}, one of the model's
     * {@code ValidationExceptionReason} values ({@code CANNOT_UPDATE_COMPLETED_MAP_RUN}).
     */
    public static ApiException validationReason(String reason, String message) {
        return new ApiException(SERVICE, "ValidationException", message, reason);
    }

    /** A body that is not JSON, or a member of the wrong JSON type. */
    public static ApiException serialization(String message) {
        return new ApiException(CORAL_SERVICE, "SerializationException", message);
    }

    /** An {@code X-Amz-Target} that names no action of the service. */
    public static ApiException unknownOperation(String message) {
        return new ApiException(CORAL_SERVICE, "UnknownOperationException", message);
    }

    /** {@code StateMachineDoesNotExist}. */
    public static ApiException stateMachineDoesNotExist(String arn) {
        return service("StateMachineDoesNotExist", "State Machine Does Not Exist: '" + arn + "'");
    }

    /** {@code ExecutionDoesNotExist}. */
    public static ApiException executionDoesNotExist(String arn) {
        return service("ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'");
    }

    /** {@code ActivityDoesNotExist}. */
    public static ApiException activityDoesNotExist(String arn) {
        return service("ActivityDoesNotExist", "Activity Does Not Exist: '" + arn + "'");
    }

    /** {@code ResourceNotFound} (tags, Map Runs). */
    public static ApiException resourceNotFound(String arn) {
        return service("ResourceNotFound", "Resource not found: '" + arn + "'");
    }

    /** {@code InvalidArn} with AWS's detail in quotes. */
    public static ApiException invalidArn(String detail) {
        return service("InvalidArn", "Invalid Arn: '" + detail + "'");
    }

    /** {@code InvalidName}. */
    public static ApiException invalidName(String name) {
        return service("InvalidName", "Invalid Name: '" + name + "'");
    }

    /** {@code InvalidToken} for a paging token this server did not hand out. */
    public static ApiException invalidPageToken(String token) {
        return service("InvalidToken", "Invalid Token: '" + token + "'");
    }

    /** The full {@code __type}, namespace included. */
    public String type() {
        return type;
    }

    /** The code without namespace, as SDKs report it. */
    public String code() {
        return code;
    }

    /** The {@code reason} member of a {@code ValidationException}, or {@code null}. */
    public String reason() {
        return reason;
    }
}
