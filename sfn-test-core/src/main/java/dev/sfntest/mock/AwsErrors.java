package dev.sfntest.mock;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.Json;
import dev.sfntest.engine.TaskOutcome;
import dev.sfntest.service.ServiceModels;
import dev.sfntest.service.TaskErrors;
import dev.sfntest.service.TaskResource;
import dev.sfntest.service.TaskResources;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The errors AWS raises most often in Task states, with AWS's names and causes in AWS's form, for
 * {@link TaskMock#throwsError(TaskOutcome.Failure)}.
 *
 * <pre>{@code
 * TaskMocks.forState("Charge")
 *         .throwsError(AwsErrors.lambdaTooManyRequests()).times(2)
 *         .thenThrowsError(AwsErrors.lambdaFunctionError("CardDeclined", "insufficient funds"));
 * }</pre>
 *
 * <p>Lambda service errors are the ones AWS recommends retrying ({@code Lambda.ServiceException},
 * {@code Lambda.AWSLambdaException}, {@code Lambda.SdkClientException},
 * {@code Lambda.ClientExecutionTimeoutException}); request ids in causes are fixed so runs repeat.
 */
@API(status = STABLE)
public final class AwsErrors {
    private AwsErrors() {
    }

    /** {@code Lambda.ServiceException}: Lambda failed internally (HTTP 500). */
    public static TaskOutcome.Failure lambdaServiceException() {
        return lambda("ServiceException", "Lambda encountered an unexpected error.", 500);
    }

    /** {@code Lambda.TooManyRequestsException}: throttled (HTTP 429). */
    public static TaskOutcome.Failure lambdaTooManyRequests() {
        return lambda("TooManyRequestsException", "Rate Exceeded.", 429);
    }

    /** {@code Lambda.AWSLambdaException}: a generic Lambda service error (HTTP 502). */
    public static TaskOutcome.Failure lambdaAwsLambdaException() {
        return lambda("AWSLambdaException", "Lambda was unable to process the request.", 502);
    }

    /** {@code Lambda.SdkClientException}: the call to Lambda did not complete. */
    public static TaskOutcome.Failure lambdaSdkClientException() {
        return failure("Lambda.SdkClientException",
                "Unable to execute HTTP request: Connection reset");
    }

    /** {@code Lambda.ClientExecutionTimeoutException}: the call to Lambda timed out on the client side. */
    public static TaskOutcome.Failure lambdaClientExecutionTimeout() {
        return failure("Lambda.ClientExecutionTimeoutException",
                "Client execution did not complete before the specified timeout configuration.");
    }

    /** {@code Lambda.Unknown}: the function failed without an error type (out of memory, its own timeout). */
    public static TaskOutcome.Failure lambdaUnknown() {
        return failure("Lambda.Unknown", "The cause could not be determined because Lambda did not "
                + "return an error type.");
    }

    /**
     * The function threw: the error is its {@code errorType}, the cause the JSON Lambda returns
     * ({@code {"errorMessage": ..., "errorType": ..., "stackTrace": []}}).
     */
    public static TaskOutcome.Failure lambdaFunctionError(String errorType, String errorMessage) {
        ObjectNode cause = Json.emptyObject();
        cause.put("errorMessage", errorMessage);
        cause.put("errorType", Objects.requireNonNull(errorType, "errorType"));
        cause.putArray("stackTrace");
        return failure(errorType, Json.write(cause));
    }

    /** {@code States.TaskFailed} with {@code cause}. */
    public static TaskOutcome.Failure statesTaskFailed(String cause) {
        return failure("States.TaskFailed", cause);
    }

    /** {@code States.Timeout}, as a task that exceeded its TimeoutSeconds or HeartbeatSeconds. */
    public static TaskOutcome.Failure statesTimeout() {
        return failure("States.Timeout", null);
    }

    /** {@code States.Permissions}: the execution's role may not call the resource. */
    public static TaskOutcome.Failure statesPermissions(String cause) {
        return failure("States.Permissions", cause);
    }

    /**
     * An {@code aws-sdk:*} integration's error: the service name and the exception, as in
     * {@code S3.NoSuchKeyException} or {@code SecretsManager.ResourceNotFoundException}.
     */
    public static TaskOutcome.Failure awsSdk(String service, String exception, String message) {
        return failure(service + "." + exception, message);
    }

    /**
     * Every error the operation behind {@code resource} declares in its API model, named as AWS
     * raises it ({@code DynamoDb.TransactionCanceledException} for
     * {@code aws-sdk:dynamodb:transactWriteItems}), each with a cause in the SDK's form; empty when
     * no model describes the resource.
     */
    public static List<TaskOutcome.Failure> forResource(String resource) {
        TaskResource task = TaskResources.resolve(resource).resource();
        List<TaskOutcome.Failure> failures = new ArrayList<>();
        for (String name : TaskErrors.raisable(task, ServiceModels.standard())) {
            if (name.startsWith(task.errorPrefix() + ".")) {
                failures.add(declared(task, name));
            }
        }
        return failures;
    }

    /**
     * The declared error {@code error} of the operation behind {@code resource}.
     *
     * @throws IllegalArgumentException when the operation does not declare it, with the closest name
     */
    public static TaskOutcome.Failure forResource(String resource, String error) {
        TaskResource task = TaskResources.resolve(resource).resource();
        Set<String> declared = TaskErrors.raisable(task, ServiceModels.standard());
        if (!declared.contains(error)) {
            String hint = TaskErrors.check(task, error, ServiceModels.standard()).orElse(
                    "'" + error + "' is not an error that " + resource + " declares");
            throw new IllegalArgumentException(hint + (declared.isEmpty() ? " (no API model describes it)"
                    : "; it declares " + String.join(", ", declared)));
        }
        return declared(task, error);
    }

    private static TaskOutcome.Failure declared(TaskResource task, String name) {
        String code = name.substring(name.indexOf('.') + 1);
        return failure(name, code + " (Service: " + name.substring(0, name.indexOf('.')) + "; Status Code: 400; Error Code: " + code
                + "; Request ID: " + SdkMetadata.id(task.arn() + " " + name) + "; Proxy: null)");
    }

    private static TaskOutcome.Failure failure(String error, String cause) {
        return new TaskOutcome.Failure(error, cause, Duration.ZERO);
    }

    private static TaskOutcome.Failure lambda(String code, String message, int status) {
        return failure("Lambda." + code, message + " (Service: AWSLambda; Status Code: " + status
                + "; Error Code: " + code + "; Request ID: " + SdkMetadata.id("lambda error " + code)
                + "; Proxy: null)");
    }
}
