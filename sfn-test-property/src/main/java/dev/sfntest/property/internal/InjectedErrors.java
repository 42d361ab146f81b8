package dev.sfntest.property.internal;

import dev.sfntest.engine.TaskOutcome;
import dev.sfntest.mock.AwsErrors;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Injected errors with causes worded as AWS words them where the resource tells how: Lambda's
 * service errors as Lambda reports them, and any other error of a Lambda task as a function that
 * threw it ({@code {"errorMessage", "errorType", "stackTrace"}}). Other resources get the cause
 * {@value #CAUSE}.
 */
final class InjectedErrors {
    /** The cause of an injected error whose wording AWS leaves to the service. */
    static final String CAUSE = "injected fault";

    private static final Map<String, Supplier<TaskOutcome.Failure>> LAMBDA_SERVICE = Map.of(
            "Lambda.ServiceException", AwsErrors::lambdaServiceException,
            "Lambda.TooManyRequestsException", AwsErrors::lambdaTooManyRequests,
            "Lambda.AWSLambdaException", AwsErrors::lambdaAwsLambdaException,
            "Lambda.SdkClientException", AwsErrors::lambdaSdkClientException,
            "Lambda.ClientExecutionTimeoutException", AwsErrors::lambdaClientExecutionTimeout,
            "Lambda.Unknown", AwsErrors::lambdaUnknown);

    private InjectedErrors() {
    }

    /** {@code error}, raised by a task of {@code resource}. */
    static TaskOutcome of(String resource, String error) {
        if (!isLambda(resource) || error.startsWith("States.")) {
            return TaskOutcome.failure(error, CAUSE);
        }
        Supplier<TaskOutcome.Failure> service = LAMBDA_SERVICE.get(error);
        return service != null ? service.get() : AwsErrors.lambdaFunctionError(error, CAUSE);
    }

    private static boolean isLambda(String resource) {
        return resource.startsWith("arn:aws:states:::lambda:invoke") || resource.matches("arn:aws[a-z-]*:lambda:.*");
    }
}
