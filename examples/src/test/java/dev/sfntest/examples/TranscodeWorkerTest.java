package dev.sfntest.examples;

import static dev.sfntest.assertj.SfnAssertions.assertThatExecution;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.Json;
import dev.sfntest.engine.ActivityTask;
import dev.sfntest.engine.Engine;
import dev.sfntest.engine.Execution;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.HistoryEventType;
import dev.sfntest.junit5.StepFunctionTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * An activity worker with heartbeats: the test is the worker. It polls with
 * {@code getActivityTask}, sends {@code sendTaskHeartbeat} while it works in virtual time, and
 * completes the task; a worker that falls silent for longer than {@code HeartbeatSeconds} loses the
 * task, which the definition retries once for another worker.
 */
@StepFunctionTest("transcode/transcode.asl.json")
class TranscodeWorkerTest {
    private static final String ACTIVITY = "arn:aws:states:us-east-1:123456789012:activity:transcode";
    private static final String VIDEO = "{\"videoId\": \"v-9\", \"source\": \"s3://raw/v-9.mov\"}";

    private static Execution start(StateMachine machine) throws Exception {
        // no task handler: activity tasks wait until a worker polls them
        return Engine.builder().build().start(machine, Json.parse(VIDEO)).runUntilWaiting();
    }

    @Test
    void aWorkerThatKeepsBeatingFinishesTheJob(StateMachine machine) throws Exception {
        // snippet:activity-worker
        Execution execution = start(machine);
        ActivityTask task = execution.getActivityTask(ACTIVITY, "worker-1").orElseThrow();
        assertThat(task.input()).isEqualTo(Json.parse(
                "{\"videoId\": \"v-9\", \"source\": \"s3://raw/v-9.mov\", \"preset\": \"1080p-h264\"}"));

        for (int beat = 0; beat < 4; beat++) {             // 3 minutes of work, a heartbeat every 45 s
            execution.advance(Duration.ofSeconds(45)).sendTaskHeartbeat(task.taskToken());
        }
        execution.advance(Duration.ofSeconds(30)).sendTaskSuccess(task.taskToken(), rendition());
        ExecutionResult result = execution.runToEnd().result();

        assertThatExecution(result).succeeded()
                .hasOutput("{\"videoId\": \"v-9\", \"url\": \"https://cdn.example.com/v-9/1080p.mp4\"}")
                .hasEventsInOrder(HistoryEventType.ActivityScheduled, HistoryEventType.ActivityStarted,
                        HistoryEventType.ActivitySucceeded)
                .hasDuration(Duration.ofSeconds(4 * 45 + 30));
        // end-snippet
    }

    @Test
    void aSilentWorkerLosesTheTaskAndASecondWorkerGetsItAfterTheRetryInterval(StateMachine machine)
            throws Exception {
        Execution execution = start(machine);
        ActivityTask first = execution.getActivityTask(ACTIVITY, "worker-1").orElseThrow();

        execution.advance(Duration.ofSeconds(65));         // no heartbeat: timed out at 60 s, retried at 70 s
        assertThat(execution.getActivityTask(ACTIVITY, "worker-2")).isEmpty();
        execution.advance(Duration.ofSeconds(5));
        ActivityTask second = execution.getActivityTask(ACTIVITY, "worker-2").orElseThrow();
        execution.sendTaskSuccess(second.taskToken(), rendition());
        ExecutionResult result = execution.runToEnd().result();

        assertThat(second.taskToken()).isNotEqualTo(first.taskToken());
        assertThatExecution(result).succeeded()
                .hasRetried("Transcode", 1)
                .hasEventsInOrder(HistoryEventType.ActivityStarted, HistoryEventType.ActivityTimedOut,
                        HistoryEventType.ActivityScheduled, HistoryEventType.ActivityStarted,
                        HistoryEventType.ActivitySucceeded)
                .hasDuration(Duration.ofSeconds(70));
    }

    @Test
    void aWorkerThatReportsAFailureFailsTheJob(StateMachine machine) throws Exception {
        Execution execution = start(machine);
        ActivityTask task = execution.getActivityTask(ACTIVITY, "worker-1").orElseThrow();

        execution.advance(Duration.ofSeconds(20))
                .sendTaskFailure(task.taskToken(), "Transcode.UnsupportedCodec", "ProRes RAW is not supported");
        ExecutionResult result = execution.runToEnd().result();

        assertThatExecution(result).failed()
                .hasError("TranscodeFailed").hasCause("Transcode.UnsupportedCodec")
                .hasCaught("Transcode", "Transcode.UnsupportedCodec")
                .hasRetried("Transcode", 0);
    }

    @Test
    void twoSilentWorkersExhaustTheRetry(StateMachine machine) throws Exception {
        Execution execution = start(machine);
        execution.getActivityTask(ACTIVITY, "worker-1").orElseThrow();
        execution.advance(Duration.ofSeconds(70));
        execution.getActivityTask(ACTIVITY, "worker-2").orElseThrow();

        ExecutionResult result = execution.runToEnd().result();

        assertThatExecution(result).failed()
                .hasError("TranscodeFailed").hasCause("States.Timeout")   // AWS reports heartbeat timeouts so
                .hasEventCount(HistoryEventType.ActivityTimedOut, 2)
                .hasDuration(Duration.ofSeconds(60 + 10 + 60));
    }

    private static JsonNode rendition() {
        return Json.nodes().objectNode().put("url", "https://cdn.example.com/v-9/1080p.mp4");
    }
}
