package dev.sfntest.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sfntest.data.Json;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/** Step Functions Local's LAMBDA_ENDPOINT: unmocked Lambda tasks call Lambda's Invoke API there. */
class LambdaEndpointTest {
    static final String MACHINE = """
            {"StartAt": "Greet", "States": {
              "Greet": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:Hello:live",
                               "Payload": {"name.$": "$.name"}},
                "ResultSelector": {"greeting.$": "$.Payload.greeting", "status.$": "$.StatusCode"}, "Next": "Legacy"},
              "Legacy": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:Hello", "End": true}}}""";

    final HttpServer lambda;
    final ServerFixture fixture;

    LambdaEndpointTest() throws IOException {
        lambda = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        lambda.createContext("/2015-03-31/functions/", this::invoke);
        lambda.start();
        fixture = new ServerFixture(builder -> builder.lambdaEndpoint(
                URI.create("http://127.0.0.1:" + lambda.getAddress().getPort())));
    }

    private void invoke(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String answer;
        int status = 200;
        if (path.equals("/2015-03-31/functions/Hello/invocations")) {
            String name = Json.parse(body).path("name").asText(Json.parse(body).path("greeting").asText());
            answer = name.equals("crash") ? "{\"errorType\": \"ValueError\", \"errorMessage\": \"bad name\"}"
                    : "{\"greeting\": \"hello " + name + "\"}";
            if (name.equals("crash")) {
                exchange.getResponseHeaders().set("X-Amz-Function-Error", "Unhandled");
            }
        } else {
            status = 404;
            exchange.getResponseHeaders().set("x-amzn-ErrorType", "ResourceNotFoundException");
            answer = "{\"Type\": \"User\", \"Message\": \"Function not found\"}";
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @AfterEach
    void close() {
        fixture.close();
        lambda.stop(0);
    }

    @Test
    void invokes_the_function_with_its_payload_and_wraps_the_result_as_aws_does() {
        String machine = fixture.create("Greeter", MACHINE);

        DescribeExecutionResponse described = fixture.awaitEnd(fixture.start(machine, "ok", "{\"name\": \"Ada\"}"));

        assertThat(described.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(described.output()).isEqualTo("{\"greeting\":\"hello hello Ada\"}");
    }

    @Test
    void a_function_error_fails_the_task_with_its_error_type() {
        DescribeExecutionResponse described = fixture.awaitEnd(fixture.start(fixture.create("Greeter", MACHINE),
                "crash", "{\"name\": \"crash\"}"));

        assertThat(described.error()).isEqualTo("ValueError");
        assertThat(described.cause()).isEqualTo("{\"errorType\": \"ValueError\", \"errorMessage\": \"bad name\"}");
    }

    @Test
    void an_unknown_function_fails_with_lambdas_error() {
        String machine = fixture.create("Missing", MACHINE.replace("function:Hello:live", "function:Nope"));

        DescribeExecutionResponse described = fixture.awaitEnd(fixture.start(machine, "missing", "{\"name\": \"x\"}"));

        assertThat(described.error()).isEqualTo("Lambda.ResourceNotFoundException");
        assertThat(described.cause()).isEqualTo("{\"Type\": \"User\", \"Message\": \"Function not found\"}");
    }

    @Test
    void refuses_an_endpoint_that_is_not_a_url() {
        assertThatThrownBy(() -> StepFunctionsServer.builder().lambdaEndpoint(URI.create("localhost:3001")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The Lambda endpoint must be an http(s) URL such as http://127.0.0.1:3001, was 'localhost:3001'");
    }
}
