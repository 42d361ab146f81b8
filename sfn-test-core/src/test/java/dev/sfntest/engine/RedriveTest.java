package dev.sfntest.engine;

import static dev.sfntest.engine.EngineFixture.json;
import static dev.sfntest.engine.EngineFixture.types;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.history.EventDetails;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.ExecutionStatus;
import dev.sfntest.history.HistoryEvent;
import dev.sfntest.history.HistoryEventType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RedriveTest {
    private static final Instant START = Engine.DEFAULT_START;
    private static final StateMachine CHARGE = Definitions.build(json("""
            {'StartAt': 'Prepare', 'States': {
              'Prepare': {'Type': 'Pass', 'Assign': {'customer.$': '$.name'}, 'Next': 'Charge'},
              'Charge': {'Type': 'Task', 'Resource': 'arn:aws:states:::lambda:invoke',
                'Parameters': {'who.$': '$customer', 'redrives.$': '$$.Execution.RedriveCount'}, 'Next': 'Done'},
              'Done': {'Type': 'Pass', 'End': true}}}"""));

    /** Fails the first call of every Task state, then returns what it was given. */
    private static final class FailsOnce implements TaskHandler {
        final List<JsonNode> inputs = new ArrayList<>();

        @Override
        public TaskOutcome handle(TaskInvocation invocation) {
            inputs.add(invocation.input());
            return invocation.attempt() == 0 ? TaskOutcome.failure("Card.Declined", "declined")
                    : TaskOutcome.success(invocation.input());
        }
    }

    private static Execution failedCharge(FailsOnce handler) {
        Execution execution = Engine.builder().taskHandler(handler).build().start(CHARGE, json("{'name': 'ann'}"))
                .runToEnd();
        assertThat(execution.result().status()).isEqualTo(ExecutionStatus.FAILED);
        return execution;
    }

    @Nested
    class Continues {
        @Test
        void from_the_failed_state_with_its_input_and_the_variables_kept() {
            FailsOnce handler = new FailsOnce();
            Execution execution = failedCharge(handler);

            ExecutionResult result = execution.redrive(START.plus(Duration.ofDays(1))).runToEnd().result();

            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(result.output()).isEqualTo(json("{'who': 'ann', 'redrives': 1}"));
            assertThat(handler.inputs).containsExactly(json("{'who': 'ann', 'redrives': 0}"),
                    json("{'who': 'ann', 'redrives': 1}"));
            assertThat(result.startDate()).isEqualTo(START);
            assertThat(result.stopDate()).isEqualTo(START.plus(Duration.ofDays(1)));
            assertThat(execution.redriveCount()).isEqualTo(1);
            assertThat(execution.redriveDate()).contains(START.plus(Duration.ofDays(1)));
        }

        @Test
        void keeps_the_history_and_links_the_redriven_event_after_the_failure() {
            Execution execution = failedCharge(new FailsOnce());
            int before = execution.history().size();

            List<HistoryEvent> history = execution.redrive().runToEnd().result().history();

            assertThat(types(execution.result()).stream().filter(t -> t == HistoryEventType.PassStateEntered))
                    .hasSize(2); // Prepare once, Done once: the successful state does not run again
            HistoryEvent redriven = history.get(before);
            assertThat(redriven.type()).isEqualTo(HistoryEventType.ExecutionRedriven);
            assertThat(redriven.previousEventId()).isEqualTo(before);
            assertThat(redriven.details()).isEqualTo(new EventDetails.ExecutionRedriven(1));
            HistoryEvent entered = history.get(before + 1);
            assertThat(entered.type()).isEqualTo(HistoryEventType.TaskStateEntered);
            assertThat(entered.previousEventId()).isEqualTo(redriven.id());
            assertThat(entered.details()).isEqualTo(new EventDetails.StateEntered("Charge",
                    json("{'name': 'ann'}")));
        }

        @Test
        void an_aborted_execution_ignores_the_timeout_of_its_first_attempt() {
            StateMachine approval = Definitions.build(json("""
                    {'TimeoutSeconds': 10, 'StartAt': 'Approve', 'States': {'Approve': {'Type': 'Task',
                      'Resource': 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', 'End': true}}}"""));
            Execution execution = Engine.builder().taskHandler(invocation -> TaskOutcome.pending()).build()
                    .start(approval, json("{}")).runUntilWaiting();
            execution.advance(Duration.ofSeconds(5)).stop("Operator", "stopped");

            execution.redrive(START.plusSeconds(6)).runUntilWaiting();
            execution.advance(Duration.ofSeconds(6)); // the first attempt's timer was due at 10 s
            assertThat(execution.isDone()).isFalse();
            execution.sendTaskSuccess(execution.pendingTasks().get(0).token(), json("{'ok': true}")).runToEnd();

            assertThat(execution.result().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(execution.pendingTasks()).isEmpty();
        }

        @Test
        void a_timed_out_execution_times_out_again_from_the_redrive() {
            StateMachine approval = Definitions.build(json("""
                    {'TimeoutSeconds': 10, 'StartAt': 'Approve', 'States': {'Approve': {'Type': 'Task',
                      'Resource': 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', 'End': true}}}"""));
            Execution execution = Engine.builder().taskHandler(invocation -> TaskOutcome.pending()).build()
                    .start(approval, json("{}")).runUntilWaiting().advance(Duration.ofSeconds(10));
            assertThat(execution.result().status()).isEqualTo(ExecutionStatus.TIMED_OUT);

            execution.redrive(START.plusSeconds(100)).runUntilWaiting().advance(Duration.ofSeconds(10));

            assertThat(execution.result().status()).isEqualTo(ExecutionStatus.TIMED_OUT);
            assertThat(execution.result().stopDate()).isEqualTo(START.plusSeconds(110));
            assertThat(execution.redriveCount()).isEqualTo(1);
        }
    }

    @Nested
    class Refuses {
        @Test
        void a_succeeded_execution_in_aws_words() {
            Execution execution = failedCharge(new FailsOnce()).redrive().runToEnd();

            assertThat(execution.redriveRefusal()).contains("Execution is SUCCEEDED and cannot be redriven");
            assertThatThrownBy(execution::redrive).isInstanceOf(IllegalStateException.class)
                    .hasMessage("Execution is SUCCEEDED and cannot be redriven");
        }

        @Test
        void a_running_execution() {
            Execution execution = Engine.builder().taskHandler(invocation -> TaskOutcome.pending()).build()
                    .start(Definitions.build(json("{'StartAt': 'T', 'States': {'T': {'Type': 'Task', "
                            + "'Resource': 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', 'End': true}}}")),
                            json("{}")).runUntilWaiting();

            assertThat(execution.redriveRefusal()).contains("Execution is RUNNING and cannot be redriven");
        }

        @Test
        void fourteen_days_after_the_failure() {
            Execution execution = failedCharge(new FailsOnce());

            assertThat(execution.redriveRefusal(START.plus(Duration.ofDays(14)))).isEmpty();
            assertThat(execution.redriveRefusal(START.plus(Duration.ofDays(14)).plusMillis(1)))
                    .contains("Execution redrivable period exceeded");
        }

        @Test
        void an_express_execution() {
            Execution execution = Engine.builder().type(StateMachineType.EXPRESS).taskHandler(new FailsOnce()).build()
                    .start(CHARGE, json("{'name': 'ann'}")).runToEnd();

            assertThat(execution.redriveRefusal()).contains("Execution of an EXPRESS state machine cannot be redriven");
        }

        @Test
        void a_failure_inside_a_parallel_state_which_sfn_test_does_not_redrive_yet() {
            StateMachine parallel = Definitions.build(json("""
                    {'StartAt': 'Both', 'States': {'Both': {'Type': 'Parallel', 'End': true, 'Branches': [
                      {'StartAt': 'A', 'States': {'A': {'Type': 'Pass', 'End': true}}},
                      {'StartAt': 'B', 'States': {'B': {'Type': 'Fail', 'Error': 'E'}}}]}}}"""));
            Execution execution = Engine.builder().build().start(parallel, json("{}")).runToEnd();

            assertThat(execution.redriveRefusal()).contains("sfn-test cannot redrive a failure inside the Parallel "
                    + "state 'Both' yet (AWS redrives only its failed branches)");
        }

        @Test
        void an_instant_before_now() {
            Execution execution = failedCharge(new FailsOnce());

            assertThatThrownBy(() -> execution.redrive(START.minusSeconds(1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("instant must not be before now (" + START + "), was " + START.minusSeconds(1));
        }
    }
}
