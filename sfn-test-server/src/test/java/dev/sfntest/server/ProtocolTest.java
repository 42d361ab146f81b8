package dev.sfntest.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Malformed requests get AWS-shaped errors, never a crash or a hang. */
class ProtocolTest {
    final ServerFixture fixture = new ServerFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    JsonNode error(HttpResponse<String> response, String type, String message) throws Exception {
        JsonNode body = Json.parse(response.body());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.0");
        assertThat(body.path("__type").asText()).isEqualTo(type);
        assertThat(body.path("message").asText()).isEqualTo(message);
        return body;
    }

    @Test
    void a_body_that_is_not_json_is_a_serialization_exception() throws Exception {
        error(fixture.post("/", "AWSStepFunctions.ListStateMachines", "{not json"),
                "com.amazon.coral.service#SerializationException",
                "The request body is not JSON: expected a field name in double quotes, found 'not'");
        error(fixture.post("/", "AWSStepFunctions.ListStateMachines", "[1]"),
                "com.amazon.coral.service#SerializationException", "The request body must be a JSON object, found array");
    }

    @Test
    void a_member_of_the_wrong_type_is_a_serialization_exception() throws Exception {
        error(fixture.post("/", "AWSStepFunctions.DescribeStateMachine", "{\"stateMachineArn\": 5}"),
                "com.amazon.coral.service#SerializationException", "Expected a string at 'stateMachineArn', found number 5");
        error(fixture.post("/", "AWSStepFunctions.ListStateMachines", "{\"maxResults\": \"ten\"}"),
                "com.amazon.coral.service#SerializationException", "Expected an integer at 'maxResults', found string \"ten\"");
        error(fixture.post("/", "AWSStepFunctions.ListStateMachines", "{\"maxResults\": 1001}"),
                "com.amazon.coral.validate#ValidationException", "1 validation error detected: Value '1001' at "
                        + "'maxResults' failed to satisfy constraint: Member must have value less than or equal to 1000");
    }

    @Test
    void a_missing_or_unknown_target_is_an_unknown_operation() throws Exception {
        error(fixture.post("/", null, "{}"), "com.amazon.coral.service#UnknownOperationException",
                "The request has no X-Amz-Target header");
        error(fixture.post("/", "AmazonSQS.SendMessage", "{}"), "com.amazon.coral.service#UnknownOperationException",
                "The X-Amz-Target 'AmazonSQS.SendMessage' is not AWSStepFunctions.<Action>");
        HttpResponse<String> unknown = fixture.post("/", "AWSStepFunctions.FlyToTheMoon", "{}");
        assertThat(Json.parse(unknown.body()).path("message").asText())
                .startsWith("The sfn-test server does not know the action 'FlyToTheMoon'; it serves CreateActivity, ");
    }

    @Test
    void service_errors_carry_the_step_functions_namespace() throws Exception {
        error(fixture.post("/", "AWSStepFunctions.DescribeExecution", "{\"executionArn\": \"nope\"}"),
                "com.amazonaws.swf.service.v2.model#InvalidArn", "Invalid Arn: 'Invalid ARN prefix: nope'");
    }

    @Test
    void an_empty_body_is_an_empty_request_and_get_says_what_this_is() throws Exception {
        HttpResponse<String> listed = fixture.post("/", "AWSStepFunctions.ListStateMachines", "");
        HttpResponse<String> root = fixture.get("/");

        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(Json.parse(listed.body())).isEqualTo(Json.parse("{\"stateMachines\": []}"));
        assertThat(root.statusCode()).isEqualTo(200);
        assertThat(Json.parse(root.body()).path("service").asText())
                .isEqualTo("sfn-test: the AWS Step Functions API (POST / with X-Amz-Target)");
    }
}
