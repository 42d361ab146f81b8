package dev.sfntest.service;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * One operation of an AWS API model: its request and response shapes and the errors it declares.
 *
 * <pre>{@code
 * Operation putItem = ServiceModels.standard().model("dynamodb").orElseThrow().operation("PutItem").orElseThrow();
 * putItem.errors(); // [ConditionalCheckFailedException, ProvisionedThroughputExceededException, ...]
 * }</pre>
 *
 * @param name PascalCase, as in the model ({@code PutItem})
 * @param inputShape the request's shape name, {@code null} when it takes none
 * @param outputShape the response's shape name, {@code null} when it returns none
 * @param errors the declared error shapes' names, in the model's order
 */
@API(status = EXPERIMENTAL)
public record Operation(String name, String inputShape, String outputShape, List<String> errors) {
    public Operation {
        errors = List.copyOf(errors);
    }
}
