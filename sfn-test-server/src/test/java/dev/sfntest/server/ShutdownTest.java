package dev.sfntest.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/** Closing the server ends parked long polls and waiting executions at once. */
class ShutdownTest {
    @Test
    void close_answers_parked_polls_and_returns_promptly() throws Exception {
        ServerFixture fixture = new ServerFixture(builder -> builder.activityPollTime(Duration.ofMinutes(5)));
        String activity = fixture.sfn.createActivity(b -> b.name("Parked")).activityArn();
        String waiting = fixture.start(fixture.create("Callback", CallbackTest.CALLBACK), "waits", "{}");
        CompletableFuture<String> poll = CompletableFuture.supplyAsync(() ->
                String.valueOf(fixture.sfn.getActivityTask(b -> b.activityArn(activity)).taskToken()));
        ServerFixture.sleep(200);
        assertThat(fixture.sfn.describeExecution(b -> b.executionArn(waiting)).status()).isEqualTo(ExecutionStatus.RUNNING);

        long start = System.nanoTime();
        fixture.server.close();

        assertThat(poll.get(10, TimeUnit.SECONDS)).isEqualTo("null");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        fixture.sfn.close();
    }
}
