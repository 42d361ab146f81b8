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
        void an_instant_before_now() {
            Execution execution = failedCharge(new FailsOnce());

            assertThatThrownBy(() -> execution.redrive(START.minusSeconds(1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("instant must not be before now (" + START + "), was " + START.minusSeconds(1));
        }
    }

    /** Fails the first call of each state named in {@code failing}; counts every call per state. */
    private static final class FailsFirstCallOf implements TaskHandler {
        final java.util.Map<String, Integer> calls = new java.util.TreeMap<>();
        final List<String> failing;

        FailsFirstCallOf(String... failing) {
            this.failing = List.of(failing);
        }

        @Override
        public TaskOutcome handle(TaskInvocation invocation) {
            int call = calls.merge(invocation.stateName(), 1, Integer::sum);
            return call == 1 && failing.contains(invocation.stateName())
                    ? TaskOutcome.failure("Stock.Unavailable", "try later")
                    : TaskOutcome.success(json("{'from': '" + invocation.stateName() + "'}"));
        }
    }

    private static List<HistoryEvent> afterRedrive(Execution execution) {
        List<HistoryEvent> events = execution.history();
        int redriven = events.stream().map(HistoryEvent::type).toList().indexOf(HistoryEventType.ExecutionRedriven);
        return events.subList(redriven + 1, events.size());
    }

    private static List<String> entered(List<HistoryEvent> events) {
        return events.stream().filter(e -> e.details() instanceof EventDetails.StateEntered)
                .map(e -> ((EventDetails.StateEntered) e.details()).name()).toList();
    }

    @Nested
    class InsideParallelAndMap {
        static final String TASK = "'Type': 'Task', 'Resource': 'arn:aws:states:::lambda:invoke', "
                + "'Parameters': {'FunctionName': 'f'}, 'OutputPath': '$.Payload'";

        @Test
        void a_parallel_state_runs_again_only_its_failed_branch_from_the_state_it_failed_in() {
            // given
            StateMachine machine = Definitions.build(json("""
                    {'StartAt': 'Both', 'States': {'Both': {'Type': 'Parallel', 'End': true, 'Branches': [
                      {'StartAt': 'Reserve', 'States': {'Reserve': {%s, 'End': true}}},
                      {'StartAt': 'Quote', 'States': {'Quote': {%s, 'Next': 'Ship'}, 'Ship': {%s, 'End': true}}}]}}}"""
                    .formatted(TASK, TASK, TASK)));
            FailsFirstCallOf handler = new FailsFirstCallOf("Ship");
            Execution execution = Engine.builder().taskHandler(new LambdaPayloads(handler)).build()
                    .start(machine, json("{}")).runToEnd();
            assertThat(execution.result().status()).isEqualTo(ExecutionStatus.FAILED);

            // when
            ExecutionResult result = execution.redrive().runToEnd().result();

            // then
            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(result.output()).isEqualTo(json("[{'from': 'Reserve'}, {'from': 'Ship'}]"));
            assertThat(handler.calls).isEqualTo(java.util.Map.of("Reserve", 1, "Quote", 1, "Ship", 2));
            assertThat(entered(afterRedrive(execution))).containsExactly("Both", "Ship");
        }

        @Test
        void an_aborted_branch_goes_on_from_the_state_it_was_aborted_in() {
            // given
            StateMachine machine = Definitions.build(json("""
                    {'StartAt': 'Both', 'States': {'Both': {'Type': 'Parallel', 'End': true, 'Branches': [
                      {'StartAt': 'Pack', 'States': {'Pack': {'Type': 'Pass', 'Next': 'Slow'},
                        'Slow': {'Type': 'Wait', 'Seconds': 60, 'Next': 'Reserve'}, 'Reserve': {%s, 'End': true}}},
                      {'StartAt': 'Ship', 'States': {'Ship': {%s, 'End': true}}}]}}}""".formatted(TASK, TASK)));
            FailsFirstCallOf handler = new FailsFirstCallOf("Ship");
            Execution execution = Engine.builder().taskHandler(new LambdaPayloads(handler)).build()
                    .start(machine, json("{}")).runToEnd();
            assertThat(execution.history()).extracting(HistoryEvent::type).contains(HistoryEventType.WaitStateAborted);

            // when
            ExecutionResult result = execution.redrive().runToEnd().result();

            // then
            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(result.output()).isEqualTo(json("[{'from': 'Reserve'}, {'from': 'Ship'}]"));
            assertThat(entered(afterRedrive(execution))).containsExactlyInAnyOrder("Both", "Slow", "Reserve", "Ship");
        }

        @Test
        void a_map_state_runs_again_only_its_failed_and_aborted_iterations() {
            // given
            StateMachine machine = Definitions.build(json("""
                    {'StartAt': 'Each', 'States': {'Each': {'Type': 'Map', 'End': true, 'MaxConcurrency': 1,
                      'ItemProcessor': {'StartAt': 'Pick', 'States': {
                        'Pick': {'Type': 'Pass', 'Next': 'Check'},
                        'Check': {'Type': 'Choice', 'Choices': [{'Variable': '$', 'NumericEquals': 2, 'Next': 'Ship'}],
                          'Default': 'Done'},
                        'Ship': {%s, 'End': true},
                        'Done': {'Type': 'Pass', 'End': true}}}}}}""".formatted(TASK)));
            FailsFirstCallOf handler = new FailsFirstCallOf("Ship");
            Execution execution = Engine.builder().taskHandler(new LambdaPayloads(handler)).build()
                    .start(machine, json("[1, 2, 3]")).runToEnd();
            assertThat(execution.result().status()).isEqualTo(ExecutionStatus.FAILED);

            // when
            ExecutionResult result = execution.redrive().runToEnd().result();

            // then
            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(result.output()).isEqualTo(json("[1, {'from': 'Ship'}, 3]"));
            List<HistoryEvent> after = afterRedrive(execution);
            assertThat(entered(after)).containsExactly("Each", "Ship", "Pick", "Check", "Done");
            assertThat(after).filteredOn(e -> e.type() == HistoryEventType.MapIterationStarted)
                    .extracting(e -> ((EventDetails.MapIteration) e.details()).index()).containsExactly(1, 2);
        }

        @Test
        void a_nested_parallel_keeps_its_succeeded_inner_branch_and_goes_on_in_the_failed_one() {
            // given
            StateMachine machine = Definitions.build(json("""
                    {'StartAt': 'Outer', 'States': {'Outer': {'Type': 'Parallel', 'End': true, 'Branches': [
                      {'StartAt': 'Reserve', 'States': {'Reserve': {%s, 'End': true}}},
                      {'StartAt': 'Inner', 'States': {'Inner': {'Type': 'Parallel', 'End': true, 'Branches': [
                        {'StartAt': 'Quote', 'States': {'Quote': {%s, 'End': true}}},
                        {'StartAt': 'Later', 'States': {'Later': {'Type': 'Wait', 'Seconds': 10, 'Next': 'Ship'},
                          'Ship': {%s, 'End': true}}}]}}}]}}}""".formatted(TASK, TASK, TASK)));
            FailsFirstCallOf handler = new FailsFirstCallOf("Ship");
            Execution execution = Engine.builder().taskHandler(new LambdaPayloads(handler)).build()
                    .start(machine, json("{}")).runToEnd();
            assertThat(execution.result().status()).isEqualTo(ExecutionStatus.FAILED);

            // when
            ExecutionResult result = execution.redrive().runToEnd().result();

            // then
            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(result.output()).isEqualTo(json("[{'from': 'Reserve'}, [{'from': 'Quote'}, {'from': 'Ship'}]]"));
            assertThat(handler.calls).isEqualTo(java.util.Map.of("Reserve", 1, "Quote", 1, "Ship", 2));
            assertThat(entered(afterRedrive(execution))).containsExactly("Outer", "Inner", "Ship");
        }

        @Test
        void a_map_inside_a_parallel_branch_runs_again_only_its_failed_iteration() {
            // given
            StateMachine machine = Definitions.build(json("""
                    {'StartAt': 'Both', 'States': {'Both': {'Type': 'Parallel', 'End': true, 'Branches': [
                      {'StartAt': 'Reserve', 'States': {'Reserve': {%s, 'End': true}}},
                      {'StartAt': 'Each', 'States': {'Each': {'Type': 'Map', 'End': true, 'MaxConcurrency': 1,
                        'ItemProcessor': {'StartAt': 'Check', 'States': {
                          'Check': {'Type': 'Choice', 'Choices': [{'Variable': '$', 'NumericEquals': 2,
                            'Next': 'Ship'}], 'Default': 'Done'},
                          'Ship': {%s, 'End': true},
                          'Done': {'Type': 'Pass', 'End': true}}}}}}]}}}""".formatted(TASK, TASK)));
            FailsFirstCallOf handler = new FailsFirstCallOf("Ship");
            Execution execution = Engine.builder().taskHandler(new LambdaPayloads(handler)).build()
                    .start(machine, json("[1, 2, 3]")).runToEnd();
            assertThat(execution.result().status()).isEqualTo(ExecutionStatus.FAILED);

            // when
            ExecutionResult result = execution.redrive().runToEnd().result();

            // then
            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(result.output()).isEqualTo(json("[{'from': 'Reserve'}, [1, {'from': 'Ship'}, 3]]"));
            assertThat(handler.calls).isEqualTo(java.util.Map.of("Reserve", 1, "Ship", 2));
            List<HistoryEvent> after = afterRedrive(execution);
            assertThat(entered(after)).containsExactly("Both", "Each", "Ship", "Check", "Done");
            assertThat(after).filteredOn(e -> e.type() == HistoryEventType.MapIterationStarted)
                    .extracting(e -> ((EventDetails.MapIteration) e.details()).index()).containsExactly(1, 2);
        }

        StateMachine distributed(String executionType) {
            return Definitions.build(json("""
                    {'StartAt': 'Each', 'States': {'Each': {'Type': 'Map', 'End': true, 'MaxConcurrency': 1,
                      'ItemProcessor': {'ProcessorConfig': {'Mode': 'DISTRIBUTED', 'ExecutionType': '%s'},
                        'StartAt': 'Check', 'States': {
                          'Check': {'Type': 'Choice', 'Choices': [{'Variable': '$', 'NumericEquals': 2,
                            'Next': 'Ship'}], 'Default': 'Done'},
                          'Ship': {%s, 'End': true},
                          'Done': {'Type': 'Pass', 'End': true}}}}}}""".formatted(executionType, TASK)));
        }

        @Test
        void a_distributed_map_redrives_its_map_run_the_failed_child_redriven_and_the_pending_one_started() {
            // given
            FailsFirstCallOf handler = new FailsFirstCallOf("Ship");
            Execution execution = Engine.builder().taskHandler(new LambdaPayloads(handler)).build()
                    .start(distributed("STANDARD"), json("[1, 2, 3]")).runToEnd();
            assertThat(execution.result().status()).isEqualTo(ExecutionStatus.FAILED);
            MapRun failed = execution.mapRuns().get(0);
            assertThat(failed.executions()).extracting(MapRun.Child::status).containsExactly("SUCCEEDED", "FAILED");
            assertThat(failed.pendingExecutions()).isEqualTo(1);

            // when
            ExecutionResult result = execution.redrive().runToEnd().result();

            // then
            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(result.output()).isEqualTo(json("[1, {'from': 'Ship'}, 3]"));
            assertThat(handler.calls).isEqualTo(java.util.Map.of("Ship", 2));
            assertThat(execution.mapRuns()).hasSize(1);
            MapRun redriven = execution.mapRuns().get(0);
            assertThat(redriven.mapRunArn()).isEqualTo(failed.mapRunArn());
            assertThat(redriven.status()).isEqualTo("SUCCEEDED");
            assertThat(redriven.redriveCount()).isEqualTo(1);
            assertThat(redriven.redriveDate()).isNotNull();
            assertThat(redriven.pendingExecutions()).isZero();
            assertThat(redriven.executions()).extracting(MapRun.Child::status)
                    .containsExactly("SUCCEEDED", "SUCCEEDED", "SUCCEEDED");
            assertThat(redriven.executions()).extracting(MapRun.Child::redriveCount).containsExactly(0, 1, 0);
            MapRun.Child second = redriven.executions().get(1);
            assertThat(second.executionArn()).isEqualTo(failed.executions().get(1).executionArn());
            assertThat(second.history()).extracting(HistoryEvent::type).contains(HistoryEventType.ExecutionRedriven);
            List<HistoryEvent> after = afterRedrive(execution);
            assertThat(after).extracting(HistoryEvent::type).contains(HistoryEventType.MapStateStarted,
                    HistoryEventType.MapRunRedriven, HistoryEventType.MapRunSucceeded)
                    .doesNotContain(HistoryEventType.MapRunStarted);
            assertThat(after).filteredOn(e -> e.type() == HistoryEventType.MapRunRedriven)
                    .extracting(HistoryEvent::details)
                    .containsExactly(new EventDetails.MapRunRedriven(failed.mapRunArn(), 1));
        }

        @Test
        void a_distributed_map_starts_its_failed_express_child_again_as_a_new_execution() {
            // given
            FailsFirstCallOf handler = new FailsFirstCallOf("Ship");
            Execution execution = Engine.builder().taskHandler(new LambdaPayloads(handler)).build()
                    .start(distributed("EXPRESS"), json("[1, 2]")).runToEnd();
            String failedArn = execution.mapRuns().get(0).executions().get(1).executionArn();

            // when
            ExecutionResult result = execution.redrive().runToEnd().result();

            // then
            assertThat(result.output()).isEqualTo(json("[1, {'from': 'Ship'}]"));
            MapRun redriven = execution.mapRuns().get(0);
            assertThat(redriven.executions()).hasSize(2);
            MapRun.Child again = redriven.executions().get(1);
            assertThat(again.executionArn()).isNotEqualTo(failedArn).contains(":express:");
            assertThat(again.status()).isEqualTo("SUCCEEDED");
            assertThat(again.redriveCount()).isZero();
            assertThat(again.history()).extracting(HistoryEvent::type)
                    .doesNotContain(HistoryEventType.ExecutionRedriven);
        }

        @Test
        void a_parallel_state_caught_then_a_later_failure_redrives_the_later_state_only() {
            // given
            StateMachine machine = Definitions.build(json("""
                    {'StartAt': 'Both', 'States': {
                      'Both': {'Type': 'Parallel', 'Next': 'After', 'Catch': [{'ErrorEquals': ['States.ALL'], 'Next': 'After'}],
                        'Branches': [{'StartAt': 'Quote', 'States': {'Quote': {%s, 'End': true}}}]},
                      'After': {%s, 'End': true}}}""".formatted(TASK, TASK)));
            FailsFirstCallOf handler = new FailsFirstCallOf("Quote", "After");
            Execution execution = Engine.builder().taskHandler(new LambdaPayloads(handler)).build()
                    .start(machine, json("{}")).runToEnd();

            // when
            ExecutionResult result = execution.redrive().runToEnd().result();

            // then
            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(entered(afterRedrive(execution))).containsExactly("After");
            assertThat(handler.calls).isEqualTo(java.util.Map.of("Quote", 1, "After", 2));
        }
    }

    /** Wraps each successful result in the Lambda envelope, so lambda:invoke results pass the model's checks. */
    private record LambdaPayloads(TaskHandler inner) implements TaskHandler {
        @Override
        public TaskOutcome handle(TaskInvocation invocation) {
            TaskOutcome outcome = inner.handle(invocation);
            return outcome instanceof TaskOutcome.Success success
                    ? TaskOutcome.success(dev.sfntest.mock.LambdaResponses.invoke(success.result())) : outcome;
        }
    }
}
