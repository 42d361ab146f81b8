package dev.sfntest.teststate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.Json;
import dev.sfntest.data.InvalidJsonException;
import dev.sfntest.service.FieldValidationMode;
import dev.sfntest.teststate.internal.JsonTexts;
import org.apiguardian.api.API;

/**
 * TestState requests and responses in AWS's JSON 1.0 wire shape, where the state's JSON values
 * travel as JSON text: what an HTTP server reads and answers.
 *
 * <pre>{@code
 * TestStateRequest request = TestStateJson.request(body);      // AWS's TestState body
 * ObjectNode answer = TestStateJson.json(TestStates.run(request));
 * }</pre>
 */
@API(status = EXPERIMENTAL)
public final class TestStateJson {
    private TestStateJson() {
    }

    /**
     * The request from the JSON body of an HTTP {@code TestState} call, in AWS's wire shape:
     * {@code definition}, {@code input}, {@code variables}, {@code context} and {@code mock.result}
     * are JSON <em>text</em>.
     *
     * @throws TestStateException when a member has the wrong type or a JSON text does not parse,
     *     with AWS's error code
     */
    public static TestStateRequest request(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw TestStateException.validation("The TestState request body must be a JSON object");
        }
        JsonNode mockNode = body.get("mock");
        TestStateRequest.Mock mock = null;
        if (present(mockNode)) {
            JsonNode errorNode = mockNode.get("errorOutput");
            TestStateRequest.ErrorOutput errorOutput = present(errorNode)
                    ? new TestStateRequest.ErrorOutput(string(errorNode, "error", "mock.errorOutput.error"),
                            string(errorNode, "cause", "mock.errorOutput.cause"))
                    : null;
            String mode = string(mockNode, "fieldValidationMode", "mock.fieldValidationMode");
            FieldValidationMode parsedMode = mode == null ? null : FieldValidationMode.parse(mode);
            if (mode != null && (parsedMode == null || !mode.equals(parsedMode.name()))) {
                throw enumError(mode, "mock.fieldValidationMode", "[STRICT, PRESENT, NONE]");
            }
            mock = new TestStateRequest.Mock(string(mockNode, "result", "mock.result"), errorOutput, parsedMode);
        }
        JsonNode configNode = body.get("stateConfiguration");
        TestStateRequest.StateConfiguration configuration = null;
        if (present(configNode)) {
            configuration = new TestStateRequest.StateConfiguration(
                    integer(configNode, "retrierRetryCount", "stateConfiguration.retrierRetryCount"),
                    string(configNode, "errorCausedByState", "stateConfiguration.errorCausedByState"),
                    integer(configNode, "mapIterationFailureCount", "stateConfiguration.mapIterationFailureCount"),
                    string(configNode, "mapItemReaderData", "stateConfiguration.mapItemReaderData"));
        }
        String level = string(body, "inspectionLevel", "inspectionLevel");
        InspectionLevel inspectionLevel = null;
        if (level != null) {
            try {
                inspectionLevel = InspectionLevel.valueOf(level);
            } catch (IllegalArgumentException e) {
                throw enumError(level, "inspectionLevel", "[INFO, DEBUG, TRACE]");
            }
        }
        JsonNode reveal = body.get("revealSecrets");
        if (present(reveal) && !reveal.isBoolean()) {
            throw typeError("revealSecrets", "a boolean");
        }
        return new TestStateRequest(JsonTexts.definition(string(body, "definition", "definition")),
                string(body, "stateName", "stateName"), string(body, "roleArn", "roleArn"),
                JsonTexts.text(string(body, "input", "input"), "input"), inspectionLevel,
                present(reveal) && reveal.booleanValue(), mock, configuration,
                JsonTexts.text(string(body, "variables", "variables"), "variables"),
                JsonTexts.text(string(body, "context", "context"), "context"));
    }

    private static boolean present(JsonNode node) {
        return node != null && !node.isNull();
    }

    private static String string(JsonNode parent, String name, String member) {
        JsonNode node = parent.get(name);
        if (!present(node)) {
            return null;
        }
        if (!node.isTextual()) {
            throw typeError(member, "a string");
        }
        return node.textValue();
    }

    private static Integer integer(JsonNode parent, String name, String member) {
        JsonNode node = parent.get(name);
        if (!present(node)) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw typeError(member, "an integer");
        }
        if (node.intValue() < 0) {
            throw TestStateException.validation("1 validation error detected: Value '" + node.intValue() + "' at '"
                    + member + "' failed to satisfy constraint: Member must have value greater than or equal to 0");
        }
        return node.intValue();
    }

    private static TestStateException typeError(String member, String expected) {
        return TestStateException.validation("The member '" + member + "' must be " + expected);
    }

    private static TestStateException enumError(String value, String member, String values) {
        return TestStateException.validation("1 validation error detected: Value '" + value + "' at '" + member
                + "' failed to satisfy constraint: Member must satisfy enum value set: " + values);
    }

    /** A request in the wire shape. */
    public static ObjectNode json(TestStateRequest request) {
        ObjectNode body = Json.emptyObject();
        body.put("definition", Json.write(request.definition()));
        putText(body, "stateName", request.stateName());
        putText(body, "roleArn", request.roleArn());
        body.put("input", Json.write(request.input()));
        body.put("inspectionLevel", request.inspectionLevel().name());
        if (request.revealSecrets()) {
            body.put("revealSecrets", true);
        }
        TestStateRequest.Mock mock = request.mock();
        if (mock != null) {
            ObjectNode node = body.putObject("mock");
            putText(node, "result", mock.result());
            if (mock.errorOutput() != null) {
                ObjectNode error = node.putObject("errorOutput");
                putText(error, "error", mock.errorOutput().error());
                putText(error, "cause", mock.errorOutput().cause());
            }
            if (mock.fieldValidationMode() != null) {
                node.put("fieldValidationMode", mock.fieldValidationMode().name());
            }
        }
        TestStateRequest.StateConfiguration configuration = request.stateConfiguration();
        if (configuration != null) {
            ObjectNode node = body.putObject("stateConfiguration");
            putNumber(node, "retrierRetryCount", configuration.retrierRetryCount());
            putText(node, "errorCausedByState", configuration.errorCausedByState());
            putNumber(node, "mapIterationFailureCount", configuration.mapIterationFailureCount());
            putText(node, "mapItemReaderData", configuration.mapItemReaderData());
        }
        putJson(body, "variables", request.variables());
        putJson(body, "context", request.context());
        return body;
    }

    /** A response in the wire shape. */
    public static ObjectNode json(TestStateResponse response) {
        ObjectNode body = Json.emptyObject();
        body.put("status", response.status().name());
        putJson(body, "output", response.output());
        putText(body, "error", response.error());
        putText(body, "cause", response.cause());
        putText(body, "nextState", response.nextState());
        if (response.inspectionData() != null) {
            body.set("inspectionData", json(response.inspectionData()));
        }
        return body;
    }

    /** Inspection data in the wire shape. */
    public static ObjectNode json(InspectionData data) {
        ObjectNode node = Json.emptyObject();
        putJson(node, "input", data.input());
        putJson(node, "afterInputPath", data.afterInputPath());
        putJson(node, "afterParameters", data.afterParameters());
        putJson(node, "afterArguments", data.afterArguments());
        putJson(node, "result", data.result());
        putJson(node, "afterResultSelector", data.afterResultSelector());
        putJson(node, "afterResultPath", data.afterResultPath());
        putJson(node, "variables", data.variables());
        putJson(node, "afterItemsPath", data.afterItemsPath());
        putJson(node, "afterItemSelector", data.afterItemSelector());
        putJson(node, "afterItemBatcher", data.afterItemBatcher());
        putJson(node, "afterItemsPointer", data.afterItemsPointer());
        InspectionData.ErrorDetails details = data.errorDetails();
        if (details != null) {
            ObjectNode error = node.putObject("errorDetails");
            putNumber(error, "catchIndex", details.catchIndex());
            putNumber(error, "retryIndex", details.retryIndex());
            putNumber(error, "retryBackoffIntervalSeconds", details.retryBackoffIntervalSeconds());
        }
        putNumber(node, "maxConcurrency", data.maxConcurrency());
        putNumber(node, "toleratedFailureCount", data.toleratedFailureCount());
        if (data.toleratedFailurePercentage() != null) {
            node.put("toleratedFailurePercentage", data.toleratedFailurePercentage().floatValue());
        }
        return node;
    }

    private static void putText(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static void putNumber(ObjectNode node, String name, Integer value) {
        if (value != null) {
            node.put(name, value.intValue());
        }
    }

    private static void putJson(ObjectNode node, String name, JsonNode value) {
        if (value != null) {
            node.put(name, Json.write(value));
        }
    }
}
