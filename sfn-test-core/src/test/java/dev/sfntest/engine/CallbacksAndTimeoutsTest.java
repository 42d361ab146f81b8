package dev.sfntest.engine;

import static dev.sfntest.engine.EngineFixture.events;
import static dev.sfntest.engine.EngineFixture.json;
import static dev.sfntest.engine.EngineFixture.types;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.history.EventDetails;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.ExecutionStatus;
import dev.sfntest.history.HistoryEventType;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CallbacksAndTimeoutsTest {
    private static final Instant START = Engine.DEFAULT_START;

    private static StateMachine machine(String definition) {
        return Definitions.build(json(definition));
    }

    private static String task(String resource, String extra) {
        return "{'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': '" + resource + "'" + extra
                + ", 'End': true}}}";
    }

    @Nested
    class Timeouts {
        @Test
        void aTaskLongerThanItsTimeoutFailsWithStatesTimeoutAtTheTimeout() {
            TaskHandler slow = invocation -> TaskOutcome.success(json("{}")).after(Duration.ofHours(2));
            ExecutionResult result = Engine.builder().taskHandler(slow).build().execute(
                    machine(task("arn:aws:states:::lambda:invoke", ", 'TimeoutSeconds': 3600")), json("{}"));
            assertThat(result.error()).isEqualTo("States.Timeout");
            assertThat(events(result, HistoryEventType.TaskTimedOut).get(0).timestamp())
                    .isEqualTo(START.plusSeconds(3600));
        }

        @Test
        void missingHeartbeatsFailWithStatesTimeoutAfterTheLastOne() {
            TaskHandler beating = invocation -> TaskOutcome.success(json("{}")).after(Duration.ofMinutes(30))
                    .withHeartbeats(Duration.ofMinutes(4), Duration.ofMinutes(8));
            ExecutionResult result = Engine.builder().taskHandler(beating).build().execute(
                    machine(task("arn:aws:states:::lambda:invoke", ", 'HeartbeatSeconds': 300")), json("{}"));
            assertThat(result.error()).isEqualTo("States.Timeout");
            assertThat(result.stopDate()).isEqualTo(START.plus(Duration.ofMinutes(13)));
        }

        @Test
        void regularHeartbeatsKeepALongTaskAlive() {
            TaskHandler beating = invocation -> TaskOutcome.success(json("{'done': true}"))
                    .after(Duration.ofMinutes(12))
                    .withHeartbeats(Duration.ofMinutes(4), Duration.ofMinutes(8));
            ExecutionResult result = Engine.builder().taskHandler(beating).build().execute(
                    machine(task("arn:aws:states:::lambda:invoke", ", 'HeartbeatSeconds': 300")), json("{}"));
            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(result.duration()).isEqualTo(Duration.ofMinutes(12));
        }

        @Test
        void timeoutsMayComeFromPaths() {
            TaskHandler slow = invocation -> TaskOutcome.success(json("{}")).after(Duration.ofSeconds(20));
            ExecutionResult result = Engine.builder().taskHandler(slow).build().execute(
                    machine(task("arn:aws:states:::lambda:invoke", ", 'TimeoutSecondsPath': '$.limit'")),
                    json("{'limit': 10}"));
            assertThat(result.error()).isEqualTo("States.Timeout");
            assertThat(result.duration()).isEqualTo(Duration.ofSeconds(10));
        }
    }

    @Nested
    class TaskTokens {
        private final StateMachine approval = machine(task("arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                ", 'Parameters': {'QueueUrl': 'q', 'MessageBody': {'token.$': '$$.Task.Token'}},"
                        + " 'HeartbeatSeconds': 3600"));

        private Execution started() {
            return Engine.builder().taskHandler(invocation -> TaskOutcome.pending()).build()
                    .start(approval, json("{}")).runUntilWaiting();
        }

        @Test
        void theTaskWaitsWithItsTokenInTheContextObjectUntilTheTestSendsSuccess() {
            Execution execution = started();
            PendingTask pending = execution.pendingTasks().get(0);
            assertThat(pending.input().get("MessageBody").get("token").textValue()).isEqualTo(pending.token());
            execution.advance(Duration.ofMinutes(30));
            execution.sendTaskSuccess(pending.token(), json("{'approved': true}"));
            ExecutionResult result = execution.runToEnd().result();
            assertThat(result.output()).isEqualTo(json("{'approved': true}"));
            assertThat(result.duration()).isEqualTo(Duration.ofMinutes(30));
            assertThat(types(result)).contains(HistoryEventType.TaskSubmitted);
        }

        @Test
        void heartbeatsFromTheTestKeepTheTaskAliveAndTheirAbsenceTimesItOut() {
            Execution execution = started();
            String token = execution.pendingTasks().get(0).token();
            execution.advance(Duration.ofMinutes(50)).sendTaskHeartbeat(token).advance(Duration.ofMinutes(50));
            assertThat(execution.isDone()).isFalse();
            execution.advance(Duration.ofMinutes(20));
            assertThat(execution.result().error()).isEqualTo("States.Timeout");
            assertThat(execution.result().stopDate()).isEqualTo(START.plus(Duration.ofMinutes(110)));
        }

        @Test
        void anUnknownOrUsedTokenGetsAwsErrors() {
            Execution execution = started();
            String token = execution.pendingTasks().get(0).token();
            assertThatThrownBy(() -> execution.sendTaskSuccess("nope", json("{}")))
                    .isInstanceOf(TaskTokenException.class).hasMessage("InvalidToken: Invalid token");
            execution.sendTaskFailure(token, "Rejected", "no");
            assertThatThrownBy(() -> execution.sendTaskSuccess(token, json("{}")))
                    .hasMessage("TaskTimedOut: Task Timed Out: 'Provided task does not exist anymore'");
            assertThat(execution.runToEnd().result().error()).isEqualTo("Rejected");
        }

        @Test
        void aCallbackScheduledAtAVirtualInstantCompletesTheTask() {
            Execution execution = started();
            String token = execution.pendingTasks().get(0).token();
            execution.after(Duration.ofMinutes(10), e -> e.sendTaskSuccess(token, json("1")));
            assertThat(execution.runToEnd().result().stopDate()).isEqualTo(START.plus(Duration.ofMinutes(10)));
        }

        @Test
        void runningToTheEndWithATokenNobodySendsSaysWhichStateWaits() {
            Execution execution = Engine.builder().taskHandler(invocation -> TaskOutcome.pending()).build()
                    .start(machine(task("arn:aws:states:::sqs:sendMessage.waitForTaskToken", "")), json("{}"));
            assertThatThrownBy(execution::runToEnd)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("The execution cannot go on: 1 task waits for a task token or an activity "
                            + "worker that nothing will send:\n  state 'T' (arn:aws:states:::sqs:sendMessage."
                            + "waitForTaskToken), token sfn-test-token-");
        }
    }

    @Nested
    class MockedCallbacks {
        @Test
        void aTaskMockCanHoldTheTokenAndSendHeartbeats() {
            dev.sfntest.mock.TaskMocks mocks = dev.sfntest.mock.TaskMocks.of(
                    dev.sfntest.mock.TaskMocks.forState("T").holdsToken());
            Execution execution = Engine.builder().taskHandler(mocks).build()
                    .start(machine(task("arn:aws:states:::sqs:sendMessage.waitForTaskToken", ", 'Parameters': "
                            + "{'QueueUrl': 'https://sqs.us-east-1.amazonaws.com/111122223333/approvals', "
                            + "'MessageBody': {'token.$': '$$.Task.Token'}}")), json("{}"))
                    .runUntilWaiting();
            execution.sendTaskSuccess(execution.pendingTasks().get(0).token(), json("'done'"));
            assertThat(execution.runToEnd().result().output()).isEqualTo(json("'done'"));
            dev.sfntest.mock.TaskMocks beating = dev.sfntest.mock.TaskMocks.of(dev.sfntest.mock.TaskMocks
                    .forState("T").returns("{}").after(Duration.ofMinutes(9)).withHeartbeats(Duration.ofMinutes(5)));
            ExecutionResult result = Engine.builder().taskHandler(beating).build().execute(
                    machine(task("arn:aws:states:::lambda:invoke",
                            ", 'Parameters': {'FunctionName': 'charge'}, 'HeartbeatSeconds': 360")), json("{}"));
            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        }
    }

    @Nested
    class Activities {
        private static final String ACTIVITY = "arn:aws:states:us-east-1:123456789012:activity:review";

        @Test
        void aWorkerPicksUpTheTaskAndCompletesIt() {
            Execution execution = Engine.builder().build().start(machine(task(ACTIVITY, "")), json("{'doc': 1}"))
                    .runUntilWaiting();
            execution.advance(Duration.ofMinutes(5));
            ActivityTask task = execution.getActivityTask(ACTIVITY, "reviewer-1").orElseThrow();
            assertThat(task.input()).isEqualTo(json("{'doc': 1}"));
            assertThat(execution.getActivityTask(ACTIVITY, "reviewer-2")).isEmpty();
            execution.sendTaskSuccess(task.taskToken(), json("{'ok': true}"));
            ExecutionResult result = execution.runToEnd().result();
            assertThat(result.output()).isEqualTo(json("{'ok': true}"));
            assertThat(types(result)).containsSubsequence(HistoryEventType.ActivityScheduled,
                    HistoryEventType.ActivityStarted, HistoryEventType.ActivitySucceeded);
            assertThat(((EventDetails.ActivityStarted) events(result, HistoryEventType.ActivityStarted).get(0)
                    .details()).workerName()).isEqualTo("reviewer-1");
        }

        @Test
        void aScriptedWorkerAnswersWithAVirtualDuration() {
            TaskHandler worker = invocation -> TaskOutcome.success(json("'reviewed'")).after(Duration.ofHours(1));
            ExecutionResult result = Engine.builder().taskHandler(worker).build()
                    .execute(machine(task(ACTIVITY, "")), json("{}"));
            assertThat(result.output()).isEqualTo(json("'reviewed'"));
            assertThat(result.duration()).isEqualTo(Duration.ofHours(1));
        }

        @Test
        void anActivityNobodyPollsNeverStartsItsTimeout() {
            Execution execution = Engine.builder().build()
                    .start(machine(task(ACTIVITY, ", 'TimeoutSeconds': 600")), json("{}"));
            assertThatThrownBy(execution::runToEnd).isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("The execution cannot go on: 1 task waits for a task token or an activity "
                            + "worker that nothing will send:\n  state 'T' (" + ACTIVITY + ")");
        }
    }

    @Nested
    class NestedExecutions {
        private final StateMachine child = machine("{'StartAt': 'W', 'States': {'W': {'Type': 'Wait',"
                + " 'Seconds': 60, 'Next': 'P'}, 'P': {'Type': 'Pass', 'Parameters': {'doubled.$':"
                + " 'States.MathAdd($.n, $.n)'}, 'End': true}}}");

        private ExecutionResult parent(String resource) {
            StateMachine parent = machine(task(resource, ", 'Parameters': {'StateMachineArn': 'arn:aws:states:"
                    + "us-east-1:123456789012:stateMachine:Child', 'Input': {'n': 21}, 'Name': 'run-1'}"));
            return Engine.builder().stateMachine("Child", child).build().execute(parent, json("{}"));
        }

        @Test
        void syncWaitsForTheChildAndReturnsItsOutputAsText() {
            ExecutionResult result = parent("arn:aws:states:::states:startExecution.sync");
            assertThat(result.output().get("Output").textValue()).isEqualTo("{\"doubled\":42}");
            assertThat(result.output().get("Status").textValue()).isEqualTo("SUCCEEDED");
            assertThat(result.output().get("ExecutionArn").textValue())
                    .isEqualTo("arn:aws:states:us-east-1:123456789012:execution:Child:run-1");
            assertThat(result.duration()).isEqualTo(Duration.ofSeconds(60));
        }

        @Test
        void sync2ReturnsTheChildsOutputAsJson() {
            assertThat(parent("arn:aws:states:::states:startExecution.sync:2").output().get("Output"))
                    .isEqualTo(json("{'doubled': 42}"));
        }

        @Test
        void waitForTaskTokenCompletesWhenTheChildSendsTaskSuccess() {
            StateMachine replying = machine("{'StartAt': 'Reply', 'States': {'Reply': {'Type': 'Task', 'Resource':"
                    + " 'arn:aws:states:::aws-sdk:sfn:sendTaskSuccess', 'Parameters': {'TaskToken.$': '$.token',"
                    + " 'Output': '{\\\"from\\\": \\\"child\\\"}'}, 'End': true}}}");
            StateMachine parent = machine(task("arn:aws:states:::states:startExecution.waitForTaskToken",
                    ", 'Parameters': {'StateMachineArn': 'Replying', 'Input': {'token.$': '$$.Task.Token'}}"));
            ExecutionResult result = Engine.builder().stateMachine("Replying", replying).build()
                    .execute(parent, json("{}"));
            assertThat(result.output()).isEqualTo(json("{'from': 'child'}"));
        }

        @Test
        void aPlainStartDoesNotWait() {
            ExecutionResult result = parent("arn:aws:states:::states:startExecution");
            assertThat(result.output().get("ExecutionArn").textValue()).endsWith(":execution:Child:run-1");
            assertThat(result.duration()).isZero();
        }
    }
}
