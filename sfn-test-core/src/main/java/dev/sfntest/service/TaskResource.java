package dev.sfntest.service;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What a Task state's {@code Resource} calls, as {@link TaskResources#resolve} works it out.
 *
 * <pre>{@code
 * TaskResource r = TaskResources.resolve("arn:aws:states:::aws-sdk:dynamodb:transactWriteItems").resource();
 * r.service();   // "dynamodb"
 * r.operation(); // "TransactWriteItems"
 * }</pre>
 *
 * @param arn the {@code Resource} as written
 * @param kind which family of resource
 * @param service the API model's service name ({@code lambda}, {@code dynamodb}, {@code sfn}),
 *     {@code null} when the resource has no model (HTTP, activities, Lambda function ARNs)
 * @param operation the model's operation (PascalCase), {@code null} when none applies
 * @param pattern how the task waits
 * @param errorPrefix the prefix of the errors the integration raises ({@code Lambda},
 *     {@code DynamoDb}), {@code null} when it has none
 */
@API(status = EXPERIMENTAL)
public record TaskResource(String arn, Kind kind, String service, String operation, Pattern pattern,
        String errorPrefix) {

    /** The families of Task resources. */
    public enum Kind {
        /** {@code arn:aws:lambda:...:function:name}: the function's payload is the result. */
        LAMBDA_FUNCTION,
        /** {@code arn:aws:states:...:activity:name}: a worker's output is the result. */
        ACTIVITY,
        /** {@code arn:aws:states:::<service>:<action>}: an optimized integration. */
        OPTIMIZED,
        /** {@code arn:aws:states:::aws-sdk:<service>:<action>}: the AWS SDK integration. */
        AWS_SDK,
        /** Not resolved (a {@code ${placeholder}}, or a resource that a finding reports). */
        UNRESOLVED
    }

    /** The service integration patterns. */
    public enum Pattern {
        /** Call and continue. */
        REQUEST_RESPONSE(""),
        /** {@code .sync}: run a job and wait for it. */
        SYNC(".sync"),
        /** {@code .sync:2}: as {@code .sync}, with JSON input and output (Step Functions executions). */
        SYNC_2(".sync:2"),
        /** {@code .waitForTaskToken}: wait for a callback. */
        WAIT_FOR_TASK_TOKEN(".waitForTaskToken");

        private final String suffix;

        Pattern(String suffix) {
            this.suffix = suffix;
        }

        /** The suffix in the ARN ({@code ""} for request-response). */
        public String suffix() {
            return suffix;
        }
    }

    /** Whether an API model's operation describes the request. */
    public boolean hasOperation() {
        return service != null && operation != null;
    }
}
