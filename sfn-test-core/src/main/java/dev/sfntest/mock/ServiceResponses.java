package dev.sfntest.mock;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.Json;
import dev.sfntest.engine.Engine;
import dev.sfntest.service.MockedResults;
import dev.sfntest.service.ServiceModels;
import dev.sfntest.service.TaskResource;
import dev.sfntest.service.TaskResources;
import dev.sfntest.service.internal.ShapeSamples;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What the optimized SQS, SNS, DynamoDB, EventBridge and Step Functions integrations return, in
 * AWS's shapes ({@link LambdaResponses} has Lambda's). An {@code aws-sdk:*} Task returns the API's
 * own response: mock it with that JSON directly.
 *
 * <pre>{@code
 * TaskMocks.of(
 *         TaskMocks.forState("Enqueue").returns(ServiceResponses.sqsSendMessage("{\"orderId\":42}")),
 *         TaskMocks.forState("Notify").returns(ServiceResponses.snsPublish("order 42 shipped")),
 *         TaskMocks.forState("Load").returns(ServiceResponses.dynamoDbGetItem(
 *                 Json.parse("{\"pk\": {\"S\": \"order#42\"}}"))),
 *         TaskMocks.forState("Announce").returns(ServiceResponses.eventBridgePutEvents(1)));
 * }</pre>
 *
 * <p>Ids are name-based UUIDs of the content, so runs repeat exactly; headers that vary per call
 * are left out.
 */
@API(status = EXPERIMENTAL)
public final class ServiceResponses {
    private ServiceResponses() {
    }

    /** {@code sqs:sendMessage}: {@code MD5OfMessageBody} (the MD5 of {@code messageBody}) and {@code MessageId}. */
    public static JsonNode sqsSendMessage(String messageBody) {
        ObjectNode result = Json.emptyObject();
        result.put("MD5OfMessageBody", md5(Objects.requireNonNull(messageBody, "messageBody")));
        result.put("MessageId", SdkMetadata.id("sqs " + messageBody));
        return SdkMetadata.add(result, SdkMetadata.id("sqs request " + messageBody), Map.of("Content-Type", "text/xml"));
    }

    /** {@code sns:publish}: the {@code MessageId}. */
    public static JsonNode snsPublish(String message) {
        ObjectNode result = Json.emptyObject();
        result.put("MessageId", SdkMetadata.id("sns " + Objects.requireNonNull(message, "message")));
        return SdkMetadata.add(result, SdkMetadata.id("sns request " + message), Map.of("Content-Type", "text/xml"));
    }

    /**
     * {@code dynamodb:getItem} with the JSON text {@code item} in DynamoDB's attribute-value form.
     *
     * @throws InvalidMockException when {@code item} is not JSON
     */
    public static JsonNode dynamoDbGetItem(String item) {
        return dynamoDbGetItem(MockJson.parse(item, "ServiceResponses.dynamoDbGetItem(...) has"));
    }

    /**
     * {@code dynamodb:getItem}: the {@code Item} in DynamoDB's attribute-value form
     * ({@code {"pk": {"S": "order#42"}}}), or no {@code Item} when {@code item} is {@code null}.
     */
    public static JsonNode dynamoDbGetItem(JsonNode item) {
        ObjectNode result = Json.emptyObject();
        if (item != null) {
            result.set("Item", item);
        }
        return SdkMetadata.add(result, SdkMetadata.id("dynamodb " + (item == null ? "" : Json.write(item))),
                Map.of("Content-Type", "application/x-amz-json-1.0"));
    }

    /** {@code dynamodb:putItem}, {@code updateItem} and {@code deleteItem} without ReturnValues: only metadata. */
    public static JsonNode dynamoDbWrite() {
        return SdkMetadata.add(Json.emptyObject(), SdkMetadata.id("dynamodb write"),
                Map.of("Content-Type", "application/x-amz-json-1.0"));
    }

    /** {@code events:putEvents}: one {@code EventId} per entry and {@code FailedEntryCount} 0. */
    public static JsonNode eventBridgePutEvents(int entries) {
        ObjectNode result = Json.emptyObject();
        ArrayNode array = result.putArray("Entries");
        for (int i = 0; i < entries; i++) {
            array.addObject().put("EventId", SdkMetadata.id("events " + i));
        }
        result.put("FailedEntryCount", 0);
        return result;
    }

    /**
     * {@code states:startExecution.sync:2}: the child execution succeeded with {@code output} (a
     * JSON value). Its dates are {@link Engine#DEFAULT_START}, in epoch milliseconds.
     */
    public static JsonNode startExecutionSync2(String stateMachineArn, JsonNode input, JsonNode output) {
        ObjectNode result = execution(stateMachineArn, input, output);
        result.set("Input", input);
        result.set("Output", output);
        return result;
    }

    /** {@link #startExecutionSync2(String, JsonNode, JsonNode)} with the input and output as JSON text. */
    public static JsonNode startExecutionSync2(String stateMachineArn, String inputJson, String outputJson) {
        return startExecutionSync2(stateMachineArn, Json.parse(inputJson), Json.parse(outputJson));
    }

    /** {@code states:startExecution.sync}: as {@link #startExecutionSync2}, with Input and Output as JSON text. */
    public static JsonNode startExecutionSync(String stateMachineArn, JsonNode input, JsonNode output) {
        return execution(stateMachineArn, input, output);
    }

    /** {@link #startExecutionSync(String, JsonNode, JsonNode)} with the input and output as JSON text. */
    public static JsonNode startExecutionSync(String stateMachineArn, String inputJson, String outputJson) {
        return startExecutionSync(stateMachineArn, Json.parse(inputJson), Json.parse(outputJson));
    }

    private static ObjectNode execution(String stateMachineArn, JsonNode input, JsonNode output) {
        ObjectNode result = Json.emptyObject();
        String name = SdkMetadata.id("execution " + stateMachineArn + Json.write(input));
        long start = Engine.DEFAULT_START.toEpochMilli();
        result.put("ExecutionArn", stateMachineArn.replace(":stateMachine:", ":execution:") + ":" + name);
        result.put("Input", Json.write(input));
        result.putObject("InputDetails").put("Included", true);
        result.put("Name", name);
        result.put("Output", Json.write(output));
        result.putObject("OutputDetails").put("Included", true);
        result.put("StartDate", start);
        result.put("StateMachineArn", stateMachineArn);
        result.put("Status", "SUCCEEDED");
        result.put("StopDate", start);
        return result;
    }

    /**
     * The smallest result AWS's API model allows for {@code resource}: the required members of the
     * operation's response (first enum values, minimum lengths and values), so a test can start
     * from a result that passes STRICT field validation and set only what it reads.
     * {@code lambda:invoke} gets its envelope around {@code {}}; resources whose result is any JSON
     * (Lambda function ARNs, activities, callbacks, jobs, HTTP) and those without a model give {@code {}}.
     *
     * <pre>{@code
     * ServiceResponses.sample("arn:aws:states:::states:startExecution");
     * // {"ExecutionArn": "x", "StartDate": "2025-01-01T00:00:00Z"}
     * }</pre>
     */
    public static JsonNode sample(String resource) {
        return sample(resource, ServiceModels.standard());
    }

    /**
     * {@link #sample(String)} with some optional members of the response added, each minimal (for
     * generators that vary which fields a result has); names as {@link #optionalMembers} gives them.
     */
    public static JsonNode sample(String resource, Collection<String> optionalMembers) {
        TaskResource task = TaskResources.resolve(resource).resource();
        if (isLambdaInvoke(task)) {
            return sample(resource);
        }
        return MockedResults.target(task, ServiceModels.standard())
                .map(target -> samples(target).sample(target.shape(), optionalMembers))
                .orElseGet(Json::emptyObject);
    }

    /** The response members {@code resource}'s result may have or lack; empty when no model describes it. */
    public static List<String> optionalMembers(String resource) {
        TaskResource task = TaskResources.resolve(resource).resource();
        if (isLambdaInvoke(task)) {
            return List.of();
        }
        return MockedResults.target(task, ServiceModels.standard())
                .map(target -> samples(target).optionalMembers(target.shape()))
                .orElseGet(List::of);
    }

    private static ShapeSamples samples(MockedResults.Target target) {
        return new ShapeSamples(target.model(), target.anyJson(), target.numericTimestamps(), target.sdkNames());
    }

    private static boolean isLambdaInvoke(TaskResource task) {
        return task.kind() == TaskResource.Kind.OPTIMIZED && "lambda".equals(task.service())
                && task.pattern() == TaskResource.Pattern.REQUEST_RESPONSE;
    }

    /** {@link #sample(String)} with the models {@code models} finds. */
    public static JsonNode sample(String resource, ServiceModels models) {
        TaskResource task = TaskResources.resolve(resource, models).resource();
        if (isLambdaInvoke(task)) {
            return LambdaResponses.invoke(Json.emptyObject());
        }
        return MockedResults.target(task, models).map(target -> samples(target).sample(target.shape()))
                .orElseGet(Json::emptyObject);
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is a required JDK algorithm", e);
        }
    }
}
