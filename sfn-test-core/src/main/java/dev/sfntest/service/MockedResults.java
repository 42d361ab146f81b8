package dev.sfntest.service;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.service.TaskResource.Kind;
import dev.sfntest.service.TaskResource.Pattern;
import dev.sfntest.service.internal.ShapeValidator;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Checks a mocked Task result against the response shape of the operation its resource calls, as
 * AWS's TestState API does with {@code mock.fieldValidationMode}: the engine runs it on every
 * result a task handler returns.
 *
 * <pre>{@code
 * MockedResults.check("arn:aws:states:::aws-sdk:s3:getObject", Json.parse("{\"ContentLength\": \"9000\"}"),
 *         FieldValidationMode.STRICT); // Field 'ContentLength' must be a number
 * }</pre>
 *
 * <p>Results are checked where AWS's models describe them: request-response calls of optimized and
 * AWS SDK integrations (Lambda's {@code Payload} and Bedrock's {@code Body} hold any JSON), and
 * {@code states:startExecution.sync} and {@code .sync:2} (the DescribeExecution response). Lambda
 * function ARNs, activities, callbacks ({@code .waitForTaskToken}), other {@code .sync} jobs, HTTP
 * and API Gateway tasks return what they return.
 */
@API(status = EXPERIMENTAL)
public final class MockedResults {
    private static final Set<String> LAMBDA_ENVELOPE = Set.of("Payload", "StatusCode", "ExecutedVersion",
            "FunctionError", "LogResult", "SdkHttpMetadata", "SdkResponseMetadata");

    private MockedResults() {
    }

    /**
     * What a resource's result is checked against.
     *
     * @param model the service's model
     * @param shape the response shape's name
     * @param anyJson top-level members that hold any JSON
     * @param numericTimestamps whether timestamps may be epoch numbers
     * @param sdkNames whether members are named as the AWS SDK integration writes them ({@code DbInstances})
     */
    public record Target(ServiceModel model, String shape, Set<String> anyJson, boolean numericTimestamps,
            boolean sdkNames) {
        /** For messages: {@code the lambda Invoke response (InvocationResponse)}. */
        public String describe() {
            return "the " + model.name() + " " + shape + " shape";
        }
    }

    /** The first mismatch of {@code result} with the standard models, in {@code mode}. */
    public static Optional<ShapeMismatch> check(String resource, JsonNode result, FieldValidationMode mode) {
        return check(resource, result, mode, ServiceModels.standard());
    }

    /** The first mismatch of {@code result} with {@code models}, in {@code mode}; empty when nothing applies. */
    public static Optional<ShapeMismatch> check(String resource, JsonNode result, FieldValidationMode mode,
            ServiceModels models) {
        Optional<ShapeMismatch> mismatch = checkModel(resource, result, mode, models);
        if (mismatch.isEmpty() && mode == FieldValidationMode.STRICT
                && lacksLambdaEnvelope(TaskResources.resolve(resource, models).resource(), result)) {
            return Optional.of(new ShapeMismatch("/Payload", "Payload", "is missing", "the lambda:invoke envelope, "
                    + "{\"Payload\": <the function's result>, \"StatusCode\": 200, ...}; this result looks like the "
                    + "function's result alone (LambdaResponses.invoke(payload) wraps it)"));
        }
        return mismatch;
    }

    /**
     * The first mismatch of {@code result} with the standard models as AWS's TestState checks a
     * {@code mock.result}: the response shape alone, without sfn-test's own rule that a
     * {@code lambda:invoke} result keeps its envelope.
     */
    public static Optional<ShapeMismatch> checkModel(String resource, JsonNode result, FieldValidationMode mode) {
        return checkModel(resource, result, mode, ServiceModels.standard());
    }

    /** {@link #checkModel(String, JsonNode, FieldValidationMode)} against {@code models}. */
    public static Optional<ShapeMismatch> checkModel(String resource, JsonNode result, FieldValidationMode mode,
            ServiceModels models) {
        if (mode == FieldValidationMode.NONE) {
            return Optional.empty();
        }
        TaskResource resolved = TaskResources.resolve(resource, models).resource();
        return target(resolved, models).flatMap(target ->
                new ShapeValidator(target.model(), mode, target.anyJson(), target.numericTimestamps(),
                        target.sdkNames())
                        .check(result, target.shape()));
    }

    /**
     * sfn-test's own rule, beyond TestState's: {@code lambda:invoke} always returns its envelope on
     * AWS, so a non-empty object with none of its members is a function result mocked without it
     * ({@code {}} stays a "don't care" result).
     */
    private static boolean lacksLambdaEnvelope(TaskResource resource, JsonNode result) {
        if (resource.kind() != Kind.OPTIMIZED || !"lambda".equals(resource.service())
                || resource.pattern() != Pattern.REQUEST_RESPONSE || result == null || !result.isObject()
                || result.isEmpty()) {
            return false;
        }
        for (String member : LAMBDA_ENVELOPE) {
            if (result.has(member)) {
                return false;
            }
        }
        return true;
    }

    /** The shape that describes the resource's result, when one does. */
    public static Optional<Target> target(TaskResource resource, ServiceModels models) {
        if (!resource.hasOperation() || resource.kind() == Kind.UNRESOLVED) {
            return Optional.empty();
        }
        boolean execution = "sfn".equals(resource.service()) && resource.kind() == Kind.OPTIMIZED;
        if (resource.pattern() != Pattern.REQUEST_RESPONSE && !(execution && resource.pattern() != Pattern.WAIT_FOR_TASK_TOKEN)) {
            return Optional.empty();
        }
        String operation = execution && resource.pattern() != Pattern.REQUEST_RESPONSE ? "DescribeExecution"
                : resource.operation();
        return models.model(resource.service()).flatMap(model -> model.operation(operation))
                .filter(op -> op.outputShape() != null)
                .flatMap(op -> models.model(resource.service()).map(model -> new Target(model, op.outputShape(),
                        anyJson(resource), execution && resource.pattern() != Pattern.REQUEST_RESPONSE,
                        resource.kind() == Kind.AWS_SDK)));
    }

    private static Set<String> anyJson(TaskResource resource) {
        if (resource.kind() != Kind.OPTIMIZED) {
            return Set.of();
        }
        return switch (resource.service()) {
            case "lambda" -> Set.of("Payload");
            case "bedrockruntime" -> Set.of("Body");
            case "sfn" -> resource.pattern() == Pattern.SYNC_2 ? Set.of("Input", "Output") : Set.of();
            default -> Set.of();
        };
    }
}
