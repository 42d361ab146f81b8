package dev.sfntest.server;

import static dev.sfntest.server.ServerFixture.PREFIX;
import static dev.sfntest.server.ServerFixture.failure;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.ActivityListItem;
import software.amazon.awssdk.services.sfn.model.CreateActivityResponse;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetActivityTaskResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

class ActivityTest {
    final ServerFixture fixture = new ServerFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    static String machine(String activityArn) {
        return "{\"StartAt\": \"Work\", \"States\": {\"Work\": {\"Type\": \"Task\", \"Resource\": \"" + activityArn
                + "\", \"End\": true}}}";
    }

    @Test
    void creates_describes_lists_and_deletes_activities() {
        CreateActivityResponse created = fixture.sfn.createActivity(b -> b.name("Worker"));
        fixture.sfn.createActivity(b -> b.name("Other"));

        assertThat(created.activityArn()).isEqualTo(PREFIX + "activity:Worker");
        assertThat(created.creationDate()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(fixture.sfn.createActivity(b -> b.name("Worker")).activityArn()).isEqualTo(created.activityArn());
        assertThat(fixture.sfn.describeActivity(b -> b.activityArn(created.activityArn())).name()).isEqualTo("Worker");
        assertThat(fixture.sfn.listActivities(b -> b.maxResults(10)).activities()).extracting(ActivityListItem::name)
                .containsExactly("Worker", "Other");
        fixture.sfn.deleteActivity(b -> b.activityArn(created.activityArn()));
        failure(() -> fixture.sfn.describeActivity(b -> b.activityArn(created.activityArn())), "ActivityDoesNotExist",
                "Activity Does Not Exist: '" + PREFIX + "activity:Worker'");
    }

    @Test
    void a_worker_polls_the_task_and_completes_it() {
        String activity = fixture.sfn.createActivity(b -> b.name("Worker")).activityArn();
        String arn = fixture.start(fixture.create("UsesWorker", machine(activity)), "w", "{\"job\": 7}");

        GetActivityTaskResponse task = fixture.sfn.getActivityTask(b -> b.activityArn(activity).workerName("w1"));
        fixture.sfn.sendTaskSuccess(b -> b.taskToken(task.taskToken()).output("{\"done\": 7}"));

        DescribeExecutionResponse described = fixture.awaitEnd(arn);
        assertThat(task.input()).isEqualTo("{\"job\":7}");
        assertThat(described.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(described.output()).isEqualTo("{\"done\":7}");
        assertThat(fixture.history(arn)).extracting(e -> e.type()).contains(HistoryEventType.ACTIVITY_STARTED);
        assertThat(fixture.history(arn).stream().filter(e -> e.type() == HistoryEventType.ACTIVITY_STARTED)
                .findFirst().orElseThrow().activityStartedEventDetails().workerName()).isEqualTo("w1");
    }

    @Test
    void a_long_poll_waits_for_an_execution_that_starts_later() throws Exception {
        String activity = fixture.sfn.createActivity(b -> b.name("Later")).activityArn();
        String machine = fixture.create("Later", machine(activity));
        CompletableFuture<GetActivityTaskResponse> poll = CompletableFuture.supplyAsync(() ->
                fixture.sfn.getActivityTask(b -> b.activityArn(activity)));
        ServerFixture.sleep(100); // the poll is parked on the server before the task exists

        fixture.start(machine, "late", "{\"n\": 1}");

        assertThat(poll.get().input()).isEqualTo("{\"n\":1}");
    }

    @Test
    void a_poll_without_a_task_ends_empty_after_the_poll_time() {
        String activity = fixture.sfn.createActivity(b -> b.name("Idle")).activityArn();

        GetActivityTaskResponse task = fixture.sfn.getActivityTask(b -> b.activityArn(activity));

        assertThat(task.taskToken()).isNull();
        assertThat(task.input()).isNull();
        failure(() -> fixture.sfn.getActivityTask(b -> b.activityArn(PREFIX + "activity:None")), "ActivityDoesNotExist",
                "Activity Does Not Exist: '" + PREFIX + "activity:None'");
    }
}
