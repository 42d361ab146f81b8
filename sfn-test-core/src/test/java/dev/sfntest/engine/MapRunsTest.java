package dev.sfntest.engine;

import static dev.sfntest.engine.EngineFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.history.HistoryEvent;
import dev.sfntest.history.HistoryEventType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MapRunsTest {
    private static StateMachine map(String fields, String iteration) {
        return Definitions.build(json("{'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'Label': 'Orders'" + fields
                + ", 'ItemProcessor': {'ProcessorConfig': {'Mode': 'DISTRIBUTED', 'ExecutionType': 'STANDARD'},"
                + " 'StartAt': 'I', 'States': {" + iteration + "}}, 'End': true}}}"));
    }

    /** Fails the child whose item is 2. */
    private static final String FAIL_ON_TWO = "'I': {'Type': 'Choice', 'Choices': [{'Variable': '$', "
            + "'NumericEquals': 2, 'Next': 'Bad'}], 'Default': 'Good'}, 'Good': {'Type': 'Succeed'}, "
            + "'Bad': {'Type': 'Fail', 'Error': 'Item.Bad'}";
    private static final String CALLBACK = "'I': {'Type': 'Task', "
            + "'Resource': 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', 'End': true}";

    private static List<String> statuses(MapRun run) {
        return run.executions().stream().map(MapRun.Child::status).toList();
    }

    @Nested
    class Reports {
        @Test
        void each_child_execution_with_its_status_and_the_run_status() {
            Execution execution = Engine.builder().stateMachineName("Shop").build()
                    .start(map(", 'ToleratedFailureCount': 1", FAIL_ON_TWO), json("[1, 2, 3]")).runToEnd();

            List<MapRun> runs = execution.mapRuns();

            assertThat(runs).hasSize(1);
            MapRun run = runs.get(0);
            assertThat(run.status()).isEqualTo("SUCCEEDED");
            assertThat(run.stopDate()).isEqualTo(execution.result().stopDate());
            assertThat(run.mapRunArn()).startsWith("arn:aws:states:us-east-1:123456789012:mapRun:Shop/Orders:");
            assertThat(run.stateMachineArn()).isEqualTo("arn:aws:states:us-east-1:123456789012:stateMachine:Shop/Orders");
            assertThat(run.executions().get(0).executionArn())
                    .startsWith("arn:aws:states:us-east-1:123456789012:execution:Shop/Orders:");
            assertThat(statuses(run)).containsExactly("SUCCEEDED", "FAILED", "SUCCEEDED");
            assertThat(run.toleratedFailureCount()).isEqualTo(1);
            assertThat(run.items()).isEqualTo(3);
            assertThat(run.pendingExecutions()).isZero();
            assertThat(run.executions()).allSatisfy(child -> assertThat(child.items()).isEqualTo(1));
        }

        @Test
        void express_child_executions_have_express_arns_under_the_map_run_which_their_context_shows() {
            StateMachine machine = Definitions.build(json("{'StartAt': 'M', 'States': {'M': {'Type': 'Map',"
                    + " 'Label': 'Orders', 'ItemProcessor': {'ProcessorConfig': {'Mode': 'DISTRIBUTED',"
                    + " 'ExecutionType': 'EXPRESS'}, 'StartAt': 'I', 'States': {'I': {'Type': 'Pass',"
                    + " 'Parameters': {'id.$': '$$.Execution.Id'}, 'End': true}}}, 'End': true}}}"));
            Execution execution = Engine.builder().stateMachineName("Shop").build()
                    .start(machine, json("[1, 2]")).runToEnd();

            MapRun run = execution.mapRuns().get(0);
            String mapRunId = run.mapRunArn().substring(run.mapRunArn().lastIndexOf(':') + 1);
            List<String> arns = run.executions().stream().map(MapRun.Child::executionArn).toList();

            assertThat(arns).allSatisfy(arn -> assertThat(arn).matches(
                    "arn:aws:states:us-east-1:123456789012:express:Shop/Orders:" + mapRunId + ":[0-9a-f-]{36}"));
            assertThat(arns).doesNotHaveDuplicates();
            assertThat(execution.result().output()).isEqualTo(json("[{'id': '" + arns.get(0) + "'}, {'id': '"
                    + arns.get(1) + "'}]"));
            Execution again = Engine.builder().stateMachineName("Shop").build().start(machine, json("[1, 2]"))
                    .runToEnd();
            assertThat(again.mapRuns().get(0).executions().get(1).executionArn()).isEqualTo(arns.get(1));
        }

        @Test
        void each_child_execution_with_its_input_result_and_history() {
            Execution execution = Engine.builder().build()
                    .start(map(", 'ToleratedFailureCount': 1", FAIL_ON_TWO), json("[1, 2, 3]")).runToEnd();

            MapRun.Child failed = execution.mapRuns().get(0).executions().get(1);

            assertThat(failed.input()).isEqualTo(json("2"));
            assertThat(failed.result().error()).isEqualTo("Item.Bad");
            assertThat(failed.history()).extracting(HistoryEvent::type).containsExactly(
                    HistoryEventType.ExecutionStarted, HistoryEventType.ChoiceStateEntered,
                    HistoryEventType.ChoiceStateExited, HistoryEventType.FailStateEntered,
                    HistoryEventType.ExecutionFailed);
        }

        @Test
        void a_failed_run_past_its_threshold() {
            Execution execution = Engine.builder().build().start(map("", FAIL_ON_TWO), json("[2]")).runToEnd();

            assertThat(execution.mapRuns().get(0).status()).isEqualTo("FAILED");
            assertThat(statuses(execution.mapRuns().get(0))).containsExactly("FAILED");
        }

        @Test
        void items_per_child_with_an_item_batcher() {
            Execution execution = Engine.builder().build().start(map(", 'ItemBatcher': {'MaxItemsPerBatch': 2}",
                    "'I': {'Type': 'Pass', 'End': true}"), json("[1, 2, 3]")).runToEnd();

            MapRun run = execution.mapRuns().get(0);
            assertThat(run.executions()).extracting(MapRun.Child::items).containsExactly(2, 1);
            assertThat(run.items()).isEqualTo(3);
        }
    }

    @Nested
    class Updates {
        @Test
        void a_higher_max_concurrency_starts_the_pending_children() {
            Execution execution = Engine.builder().taskHandler(invocation -> TaskOutcome.pending()).build()
                    .start(map(", 'MaxConcurrency': 1", CALLBACK), json("[1, 2, 3]")).runUntilWaiting();
            MapRun before = execution.mapRuns().get(0);
            assertThat(before.maxConcurrency()).isEqualTo(1);
            assertThat(statuses(before)).containsExactly("RUNNING");
            assertThat(before.pendingExecutions()).isEqualTo(2);

            execution.updateMapRun(before.mapRunArn(), 0, 50.0, 2L).runUntilWaiting();

            MapRun after = execution.mapRuns().get(0);
            assertThat(statuses(after)).containsExactly("RUNNING", "RUNNING", "RUNNING");
            assertThat(after.pendingExecutions()).isZero();
            assertThat(after.maxConcurrency()).isZero();
            assertThat(after.toleratedFailurePercentage()).isEqualTo(50.0);
            assertThat(after.toleratedFailureCount()).isEqualTo(2);
            assertThat(execution.pendingTasks()).hasSize(3);
        }

        @Test
        void a_higher_tolerance_lets_the_run_succeed() {
            Execution execution = Engine.builder().taskHandler(invocation -> TaskOutcome.pending()).build()
                    .start(map("", CALLBACK), json("[1, 2]")).runUntilWaiting();
            execution.updateMapRun(execution.mapRuns().get(0).mapRunArn(), null, null, 1L);

            List<PendingTask> tasks = execution.pendingTasks();
            execution.sendTaskFailure(tasks.get(0).token(), "E", "c").sendTaskSuccess(tasks.get(1).token(),
                    json("{}")).runToEnd();

            assertThat(execution.mapRuns().get(0).status()).isEqualTo("SUCCEEDED");
            assertThat(execution.result().succeeded()).isTrue();
        }

        @Test
        void an_unknown_map_run_is_refused() {
            Execution execution = Engine.builder().build().start(map("", "'I': {'Type': 'Pass', 'End': true}"),
                    json("[]")).runToEnd();

            assertThatThrownBy(() -> execution.updateMapRun("arn:aws:states:us-east-1:123456789012:mapRun:x/y:z",
                    1, null, null)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The execution has no Map Run arn:aws:states:us-east-1:123456789012:mapRun:x/y:z");
        }

        @Test
        void children_of_an_aborted_execution_are_aborted() {
            Execution execution = Engine.builder().taskHandler(invocation -> TaskOutcome.pending()).build()
                    .start(map("", CALLBACK), json("[1]")).runUntilWaiting();
            execution.advance(Duration.ofMinutes(1)).stop("Stop", "by test");

            MapRun run = execution.mapRuns().get(0);
            assertThat(run.status()).isEqualTo("ABORTED");
            assertThat(run.stopDate()).isEqualTo(execution.result().stopDate());
        }
    }
}
