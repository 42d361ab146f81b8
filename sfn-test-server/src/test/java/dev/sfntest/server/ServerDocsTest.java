package dev.sfntest.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/** The Java quick start of docs/server.md, compiled and run. */
class ServerDocsTest {
    @Test
    void java_quick_start() {
        try (StepFunctionsServer server = StepFunctionsServer.builder().port(0).start()) {
            URI endpoint = server.endpoint();
            // snippet:server-java-quick-start
            SfnClient sfn = SfnClient.builder()
                    .endpointOverride(endpoint)                       // http://127.0.0.1:8083
                    .region(Region.US_EAST_1)                         // any region
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
                    .httpClient(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(70)).build())
                    // StartSyncExecution's host prefix "sync-" cannot resolve on localhost
                    .overrideConfiguration(o -> o.putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
                    .build();
            String machine = sfn.createStateMachine(b -> b.name("Hello")
                    .roleArn("arn:aws:iam::123456789012:role/any")
                    .definition("{\"StartAt\": \"Wait\", \"States\": {"
                            + "\"Wait\": {\"Type\": \"Wait\", \"Seconds\": 3600, \"End\": true}}}"))
                    .stateMachineArn();
            String execution = sfn.startExecution(b -> b.stateMachineArn(machine).input("{\"hello\": 1}"))
                    .executionArn();
            // the one-hour Wait took no time: the execution has ended when StartExecution returns
            assertThat(sfn.describeExecution(b -> b.executionArn(execution)).status())
                    .isEqualTo(ExecutionStatus.SUCCEEDED);
            // end-snippet
            sfn.close();
        }
    }
}
