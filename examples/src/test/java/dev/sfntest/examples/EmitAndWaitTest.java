package dev.sfntest.examples;

import static dev.sfntest.assertj.SfnAssertions.assertThatExecution;

import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.Json;
import dev.sfntest.engine.Engine;
import dev.sfntest.engine.Execution;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.HistoryEventType;
import dev.sfntest.junit5.StepFunctionTest;
import dev.sfntest.mock.ServiceResponses;
import dev.sfntest.mock.TaskMocks;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * aws-samples' "emit and wait" workflow (step-functions-workflows-collection, MIT-0): each phase
 * emits an EventBridge event carrying a task token and waits for the customer, who must send a
 * heartbeat within 300 seconds; a Catch on {@code States.Timeout} sends a silent customer to
 * TIMEOUT. AWS reports a heartbeat timeout as {@code States.Timeout}, so that Catch takes it.
 * (How the sample's last state then ends is beside the point here: it reads {@code $$.Task.Token}
 * in a request-response task.)
 */
@StepFunctionTest("emit-and-wait/emit-and-wait.asl.json")
class EmitAndWaitTest {

    private static Execution start(StateMachine machine) throws Exception {
        TaskMocks mocks = TaskMocks.of(
                TaskMocks.forState("Emit - PHASE 1").holdsToken(),
                TaskMocks.forState("Emit - PHASE 2").holdsToken(),
                TaskMocks.forState("Emit - TIMEDOUT").returns(ServiceResponses.eventBridgePutEvents(1)));
        return Engine.builder().taskHandler(mocks.lenient()).build().start(machine, Json.parse("{}"))
                .runUntilWaiting();
    }

    @Test
    void aCustomerWhoFallsSilentInPhaseOneIsCaughtAsATimeout(StateMachine machine) throws Exception {
        // given phase 1 waits for the customer
        Execution execution = start(machine);
        // when nobody sends a heartbeat
        ExecutionResult result = execution.runToEnd().result();
        // then the heartbeat timeout (States.Timeout) goes to TIMEOUT after 300 s
        assertThatExecution(result)
                .hasCaught("Emit - PHASE 1", "States.Timeout")
                .hasEnteredInOrder("Emit - PHASE 1", "TIMEOUT", "Emit - TIMEDOUT")
                .hasNeverEntered("Emit - PHASE 2")
                .hasEventsInOrder(HistoryEventType.TaskSubmitted, HistoryEventType.TaskTimedOut,
                        HistoryEventType.TaskStateExited)
                .hasDuration(Duration.ofSeconds(300));
    }

    @Test
    void heartbeatsKeepTheCustomerInPhaseOneUntilTheyAnswer(StateMachine machine) throws Exception {
        // given
        Execution execution = start(machine);
        String token = execution.pendingTasks().get(0).token();
        // when the customer beats every 4 minutes, answers after 10, then falls silent in phase 2
        execution.advance(Duration.ofMinutes(4)).sendTaskHeartbeat(token)
                .advance(Duration.ofMinutes(4)).sendTaskHeartbeat(token)
                .advance(Duration.ofMinutes(2)).sendTaskSuccess(token, Json.parse("{}"));
        ExecutionResult result = execution.runToEnd().result();
        // then
        assertThatExecution(result)
                .hasEnteredInOrder("Emit - PHASE 1", "Emit - PHASE 2", "TIMEOUT", "Emit - TIMEDOUT")
                .hasCaught("Emit - PHASE 2", "States.Timeout")
                .hasDuration(Duration.ofMinutes(10).plusSeconds(300));
    }
}
