package dev.sfntest.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.CreateStateMachineRequest;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.SfnException;
import software.amazon.awssdk.services.sfn.model.StateMachineType;

/** A server on an ephemeral port and a real AWS SDK v2 client pointed at it. */
final class ServerFixture implements AutoCloseable {
    static final String ROLE = "arn:aws:iam::123456789012:role/StepFunctions";
    static final String PREFIX = "arn:aws:states:us-east-1:123456789012:";

    final StepFunctionsServer server;
    final SfnClient sfn;

    ServerFixture() {
        this(builder -> { });
    }

    ServerFixture(Consumer<StepFunctionsServer.Builder> settings) {
        StepFunctionsServer.Builder builder = StepFunctionsServer.builder().port(0)
                .activityPollTime(Duration.ofMillis(500));
        settings.accept(builder);
        server = builder.start();
        sfn = SfnClient.builder()
                .endpointOverride(server.endpoint())
                .region(Region.EU_WEST_1) // any region is accepted
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("any", "any")))
                // StartSyncExecution's endpoint has the host prefix "sync-": not for a server on localhost
                .overrideConfiguration(o -> o.putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
                .httpClient(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(30)).build())
                .build();
    }

    /** Creates a state machine and returns its ARN. */
    String create(String name, String definition) {
        return create(name, definition, StateMachineType.STANDARD);
    }

    String create(String name, String definition, StateMachineType type) {
        return sfn.createStateMachine(CreateStateMachineRequest.builder().name(name).definition(definition)
                .roleArn(ROLE).type(type).build()).stateMachineArn();
    }

    /** Starts an execution and returns its ARN. */
    String start(String machineArn, String name, String input) {
        return sfn.startExecution(b -> b.stateMachineArn(machineArn).name(name).input(input)).executionArn();
    }

    /** DescribeExecution, polled until the execution leaves RUNNING (it settles at start in practice). */
    DescribeExecutionResponse awaitEnd(String executionArn) {
        for (int i = 0; i < 200; i++) {
            DescribeExecutionResponse described = sfn.describeExecution(b -> b.executionArn(executionArn));
            if (described.status() != ExecutionStatus.RUNNING) {
                return described;
            }
            sleep(25);
        }
        throw new AssertionError(executionArn + " is still RUNNING");
    }

    List<HistoryEvent> history(String executionArn) {
        return sfn.getExecutionHistory(b -> b.executionArn(executionArn).maxResults(1000)).events();
    }

    /** The SDK's exception of a failing call, checked for its code and exact message. */
    static SfnException failure(ThrowingCallable call, String code, String message) {
        SfnException e = catchThrowableOfType(SfnException.class, call);
        assertThat(e).as("the call should fail with " + code).isNotNull();
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
        assertThat(e.statusCode()).isEqualTo(400);
        return e;
    }

    /** A raw HTTP POST to the server. */
    HttpResponse<String> post(String path, String target, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.endpoint() + path))
                .header("Content-Type", "application/x-amz-json-1.0")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (target != null) {
            request.header("X-Amz-Target", target);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.endpoint() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        sfn.close();
        server.close();
    }
}
