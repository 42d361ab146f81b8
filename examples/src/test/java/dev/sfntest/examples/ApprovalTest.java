package dev.sfntest.examples;

import static dev.sfntest.assertj.SfnAssertions.assertThatExecution;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.Json;
import dev.sfntest.engine.Engine;
import dev.sfntest.engine.Execution;
import dev.sfntest.engine.PendingTask;
import dev.sfntest.engine.TaskTokenException;
import dev.sfntest.engine.VirtualClock;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.junit5.StepFunctionRunner;
import dev.sfntest.junit5.StepFunctionTest;
import dev.sfntest.mock.LambdaResponses;
import dev.sfntest.mock.ServiceResponses;
import dev.sfntest.mock.TaskMock;
import dev.sfntest.mock.TaskMocks;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A human approval with {@code .waitForTaskToken}: the test plays the approver. It starts the
 * execution, reads the task token the approval message carries, moves the virtual clock (daily
 * reminders fire meanwhile), and sends the decision, or lets the 60-hour approval timeout fire.
 *
 * <p>{@code StepFunctionRunner.run} runs an execution to its end; a test that has to act in the
 * middle of one drives an {@link Execution}: built with an {@link Engine} (the extension still
 * loads and validates the definition and hands it over as a parameter), or started with
 * {@code StepFunctionRunner.start}, on the test's clock.
 */
@StepFunctionTest("approval/approval.asl.json")
class ApprovalTest {
    private static final String REFUND = "{\"refundId\": \"rf-7\", \"amount\": 1200}";

    private TaskMocks mocks;

    /** Starts an execution whose reminder Lambda answers as {@code reminders} scripts; runs until it waits. */
    private Execution start(StateMachine machine, TaskMock reminders) throws Exception {
        mocks = TaskMocks.of(
                TaskMocks.forState("RequestApproval").holdsToken(),
                reminders,
                TaskMocks.forState("Escalate").returns(ServiceResponses.snsPublish("escalated")).lenient());
        return Engine.builder().taskHandler(mocks).build().start(machine, Json.parse(REFUND)).runUntilWaiting();
    }

    private static TaskMock stillPending() {
        return TaskMocks.forState("RemindIfPending").returns(reminder(true)).andSoOn();
    }

    @Test
    void anApprovalOnTheSecondDayRefundsAfterOneReminder(StateMachine machine) throws Exception {
        // snippet:approval-drive
        // given: the approval request is out, its message carries the task token
        Execution execution = start(machine, TaskMocks.forState("RemindIfPending")
                .returns(reminder(true))            // day 1: pending, a reminder goes out
                .thenReturns(reminder(false)));     // day 2: decided, the loop stops
        PendingTask approval = execution.pendingTasks().get(0);
        assertThat(approval.stateName()).isEqualTo("RequestApproval");
        assertThat(approval.input().at("/MessageBody/taskToken").textValue()).isEqualTo(approval.token());

        // when: the approver answers 30 hours later
        execution.advance(Duration.ofHours(30));
        execution.sendTaskSuccess(approval.token(), Json.parse("{\"approved\": true, \"approver\": \"ada\"}"));
        ExecutionResult result = execution.runToEnd().result();

        // then: one reminder went out (at 24 h); the reminder loop stopped at its next check (48 h)
        assertThatExecution(result).succeeded()
                .hasOutput("{\"refundId\": \"rf-7\", \"status\": \"REFUNDED\", \"approvedBy\": \"ada\"}")
                .hasNeverEntered("Escalate")
                .hasDuration(Duration.ofHours(48));
        assertThat(mocks.recorded().forState("RemindIfPending").list())
                .extracting(call -> call.instant().toString())
                .containsExactly("2025-01-02T00:00:00Z", "2025-01-03T00:00:00Z");
        mocks.verifyAllUsed();
        // end-snippet
    }

    @Test
    void aRejectionFailsTheRequest(StateMachine machine) throws Exception {
        Execution execution = start(machine, TaskMocks.forState("RemindIfPending").returns(reminder(false)));
        String token = execution.pendingTasks().get(0).token();

        execution.after(Duration.ofHours(2), e -> e.sendTaskSuccess(token, reject()));
        ExecutionResult result = execution.runToEnd().result();

        assertThatExecution(result).failed().hasError("RefundRejected").hasEntered("Rejected");
    }

    @Test
    void withoutADecisionTheRequestIsEscalatedAfterSixtyHoursAndTwoReminders(StateMachine machine) throws Exception {
        Execution execution = start(machine, stillPending());
        String token = execution.pendingTasks().get(0).token();

        ExecutionResult result = execution.runToEnd().result();

        assertThatExecution(result).failed()
                .hasError("ApprovalTimedOut")
                .hasEnteredInOrder("AwaitDecision", "Escalate", "ApprovalTimedOut")
                .hasDuration(Duration.ofHours(60));
        assertThatExecution(result)
                .hasCaught("AwaitDecision", "States.Timeout")       // the failing branch's error, as the Catch passed it on
                .hasInvoked("RemindIfPending").times(2);
        assertThatExecution(result).hasInvoked("Escalate")
                .withParametersAt("$.Message", "Refund rf-7 was not approved within 60 hours").once();
        // a decision that comes too late is refused, as AWS refuses it
        assertThatThrownBy(() -> execution.sendTaskSuccess(token, reject()))
                .isInstanceOf(TaskTokenException.class)
                .hasMessage("TaskTimedOut: Task Timed Out: 'Provided task does not exist anymore'");
    }

    @Test
    void refundsRequestedSideBySideShareTheTestsClock(StepFunctionRunner runner, VirtualClock clock) {
        // snippet:junit5-shared-clock
        runner.mock(TaskMocks.forState("RequestApproval").holdsToken().andSoOn(),
                TaskMocks.forState("RemindIfPending").returns(reminder(true)).andSoOn(),
                TaskMocks.forState("Escalate").returns(ServiceResponses.snsPublish("escalated")).andSoOn());
        Execution first = runner.start(REFUND).runUntilWaiting();
        clock.advance(Duration.ofHours(12));
        Execution second = runner.start("{\"refundId\": \"rf-8\", \"amount\": 900}").runUntilWaiting();

        clock.advance(Duration.ofHours(50));        // both wait on: 62 hours for the first, 50 for the second

        assertThatExecution(first.result()).failed().hasError("ApprovalTimedOut")
                .hasDuration(Duration.ofHours(60));
        assertThat(second.isDone()).isFalse();
        clock.advance(Duration.ofHours(10));
        assertThatExecution(second.result()).failed().hasError("ApprovalTimedOut")
                .startedAt(Instant.parse("2025-01-01T12:00:00Z"));
        assertThat(runner.executions()).hasSize(2);
        // end-snippet
    }

    private static com.fasterxml.jackson.databind.JsonNode reminder(boolean pending) {
        return LambdaResponses.invoke(Json.nodes().objectNode().put("pending", pending));
    }

    private static com.fasterxml.jackson.databind.JsonNode reject() {
        return Json.nodes().objectNode().put("approved", false).put("approver", "grace");
    }
}
