package dev.sfntest.server;

import static dev.sfntest.server.ServerFixture.PREFIX;
import static dev.sfntest.server.ServerFixture.failure;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.DescribeMapRunResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionRedriveStatus;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.MapRunExecutionCounts;
import software.amazon.awssdk.services.sfn.model.MapRunItemCounts;
import software.amazon.awssdk.services.sfn.model.MapRunStatus;
import software.amazon.awssdk.services.sfn.model.SfnException;
import software.amazon.awssdk.services.sfn.model.ValidationException;
import software.amazon.awssdk.services.sfn.model.ValidationExceptionReason;

class MapRunTest {
    /** A distributed Map whose child execution fails for the item 2. */
    static String distributed(String fields, String iteration) {
        return """
                {"StartAt": "Each", "States": {"Each": {"Type": "Map", "Label": "Orders"%s,
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                    "StartAt": "Check", "States": {%s}},
                  "End": true}}}""".formatted(fields, iteration);
    }

    static final String FAIL_ON_TWO = """
            "Check": {"Type": "Choice", "Choices": [{"Variable": "$", "NumericEquals": 2, "Next": "Bad"}],
              "Default": "Good"},
            "Good": {"Type": "Succeed"}, "Bad": {"Type": "Fail", "Error": "Item.Bad"}""";
    static final String CALLBACK = """
            "Check": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
              "Parameters": {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q", "MessageBody.$": "$"},
              "End": true}""";

    final ServerFixture fixture = new ServerFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    String mapRunOf(String executionArn) {
        return fixture.sfn.listMapRuns(b -> b.executionArn(executionArn)).mapRuns().get(0).mapRunArn();
    }

    @Nested
    class Describe {
        @Test
        void counts_child_executions_and_items_by_status() {
            String arn = fixture.start(fixture.create("Shop", distributed(", \"ToleratedFailureCount\": 1",
                    FAIL_ON_TWO)), "s", "[1, 2, 3]");
            assertThat(fixture.awaitEnd(arn).status()).isEqualTo(ExecutionStatus.SUCCEEDED);

            DescribeMapRunResponse described = fixture.sfn.describeMapRun(b -> b.mapRunArn(mapRunOf(arn)));

            assertThat(described.status()).isEqualTo(MapRunStatus.SUCCEEDED);
            assertThat(described.toleratedFailureCount()).isEqualTo(1);
            MapRunExecutionCounts executions = described.executionCounts();
            assertThat(List.of(executions.pending(), executions.running(), executions.succeeded(), executions.failed(),
                    executions.timedOut(), executions.aborted(), executions.total())).containsExactly(0L, 0L, 2L, 1L,
                    0L, 0L, 3L);
            MapRunItemCounts items = described.itemCounts();
            assertThat(List.of(items.succeeded(), items.failed(), items.total())).containsExactly(2L, 1L, 3L);
        }

        @Test
        void counts_items_apart_from_executions_with_an_item_batcher() {
            String arn = fixture.start(fixture.create("Batches", distributed(
                    ", \"ItemBatcher\": {\"MaxItemsPerBatch\": 2}", "\"Check\": {\"Type\": \"Pass\", \"End\": true}")),
                    "b", "[1, 2, 3]");
            fixture.awaitEnd(arn);

            DescribeMapRunResponse described = fixture.sfn.describeMapRun(b -> b.mapRunArn(mapRunOf(arn)));

            assertThat(described.executionCounts().succeeded()).isEqualTo(2);
            assertThat(described.executionCounts().total()).isEqualTo(2);
            assertThat(described.itemCounts().succeeded()).isEqualTo(3);
            assertThat(described.itemCounts().total()).isEqualTo(3);
        }
    }

    @Nested
    class ListExecutions {
        @Test
        void lists_the_child_executions_of_a_map_run_with_their_status() {
            String arn = fixture.start(fixture.create("Shop", distributed(", \"ToleratedFailureCount\": 1",
                    FAIL_ON_TWO)), "s", "[1, 2, 3]");
            fixture.awaitEnd(arn);
            String mapRun = mapRunOf(arn);

            List<ExecutionListItem> children = fixture.sfn.listExecutions(b -> b.mapRunArn(mapRun)).executions();
            List<ExecutionListItem> failed = fixture.sfn.listExecutions(b -> b.mapRunArn(mapRun)
                    .statusFilter(ExecutionStatus.FAILED)).executions();

            assertThat(children).hasSize(3);
            assertThat(children).allSatisfy(child -> {
                assertThat(child.mapRunArn()).isEqualTo(mapRun);
                assertThat(child.stateMachineArn()).isEqualTo(PREFIX + "stateMachine:Shop/Orders");
                assertThat(child.executionArn()).startsWith(PREFIX + "execution:Shop/Orders:");
                assertThat(child.itemCount()).isEqualTo(1);
            });
            assertThat(children).extracting(ExecutionListItem::status).containsExactlyInAnyOrder(
                    ExecutionStatus.SUCCEEDED, ExecutionStatus.FAILED, ExecutionStatus.SUCCEEDED);
            assertThat(failed).hasSize(1);
            assertThat(failed.get(0).status()).isEqualTo(ExecutionStatus.FAILED);
        }

        @Test
        void an_unknown_map_run_is_not_found() {
            String arn = PREFIX + "mapRun:Shop/Orders:missing";

            failure(() -> fixture.sfn.listExecutions(b -> b.mapRunArn(arn)), "ResourceNotFound",
                    "Resource not found: '" + arn + "'");
        }
    }

    DescribeExecutionResponse describeChild(List<ExecutionListItem> children, ExecutionStatus status) {
        ExecutionListItem child = children.stream().filter(c -> c.status() == status).findFirst().orElseThrow();
        return fixture.sfn.describeExecution(b -> b.executionArn(child.executionArn()));
    }

    @Nested
    class ChildExecutions {
        @Test
        void describe_execution_and_history_of_a_child_execution_answer_as_for_any_execution() {
            String arn = fixture.start(fixture.create("Shop", distributed(", \"ToleratedFailureCount\": 1",
                    FAIL_ON_TWO)), "s", "[1, 2, 3]");
            fixture.awaitEnd(arn);
            String mapRun = mapRunOf(arn);
            List<ExecutionListItem> children = fixture.sfn.listExecutions(b -> b.mapRunArn(mapRun)).executions();
            ExecutionListItem failedChild = children.stream().filter(c -> c.status() == ExecutionStatus.FAILED)
                    .findFirst().orElseThrow();

            DescribeExecutionResponse described = fixture.sfn.describeExecution(b -> b.executionArn(
                    failedChild.executionArn()));
            List<HistoryEvent> history = fixture.history(failedChild.executionArn());

            assertThat(described.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(described.name()).isEqualTo(failedChild.name());
            assertThat(described.stateMachineArn()).isEqualTo(PREFIX + "stateMachine:Shop/Orders");
            assertThat(described.mapRunArn()).isEqualTo(mapRun);
            assertThat(described.input()).isEqualTo("2");
            assertThat(described.error()).isEqualTo("Item.Bad");
            assertThat(described.startDate()).isEqualTo(failedChild.startDate());
            assertThat(history.get(0).type()).isEqualTo(HistoryEventType.EXECUTION_STARTED);
            assertThat(history.get(history.size() - 1).type()).isEqualTo(HistoryEventType.EXECUTION_FAILED);
            assertThat(history).extracting(HistoryEvent::type).contains(HistoryEventType.CHOICE_STATE_ENTERED,
                    HistoryEventType.FAIL_STATE_ENTERED);
        }

        @Test
        void a_child_execution_reports_whether_its_map_run_can_redrive_it() {
            String arn = fixture.start(fixture.create("Shop", distributed(", \"MaxConcurrency\": 1", FAIL_ON_TWO)),
                    "s", "[1, 2]");
            assertThat(fixture.awaitEnd(arn).status()).isEqualTo(ExecutionStatus.FAILED);
            String mapRun = mapRunOf(arn);
            List<ExecutionListItem> children = fixture.sfn.listExecutions(b -> b.mapRunArn(mapRun)).executions();

            DescribeExecutionResponse succeeded = describeChild(children, ExecutionStatus.SUCCEEDED);
            DescribeExecutionResponse failed = describeChild(children, ExecutionStatus.FAILED);

            assertThat(succeeded.redriveStatus()).isEqualTo(ExecutionRedriveStatus.NOT_REDRIVABLE);
            assertThat(succeeded.redriveStatusReason()).isEqualTo("Execution is SUCCEEDED and cannot be redriven");
            assertThat(failed.redriveStatus()).isEqualTo(ExecutionRedriveStatus.REDRIVABLE_BY_MAP_RUN);
            assertThat(failed.redriveStatusReason()).isNull();
        }

        @Test
        void an_unsuccessful_child_is_not_redrivable_once_its_parent_is_not() {
            String arn = fixture.start(fixture.create("Caught", distributed(", \"Catch\": [{\"ErrorEquals\": "
                    + "[\"States.ALL\"], \"Next\": \"Handled\"}]", FAIL_ON_TWO).replace("\"End\": true}}}",
                    "\"Next\": \"Handled\"}, \"Handled\": {\"Type\": \"Pass\", \"End\": true}}}")), "c",
                    "[2]");
            assertThat(fixture.awaitEnd(arn).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            String mapRun = mapRunOf(arn);
            List<ExecutionListItem> children = fixture.sfn.listExecutions(b -> b.mapRunArn(mapRun)).executions();

            DescribeExecutionResponse failed = describeChild(children, ExecutionStatus.FAILED);

            assertThat(failed.redriveStatus()).isEqualTo(ExecutionRedriveStatus.NOT_REDRIVABLE);
            assertThat(failed.redriveStatusReason()).isEqualTo("Execution is SUCCEEDED and cannot be redriven");
        }

        @Test
        void a_running_child_execution_is_not_redrivable() {
            String arn = fixture.start(fixture.create("Wait", distributed("", CALLBACK)), "w", "[1]");
            String mapRun = mapRunOf(arn);
            List<ExecutionListItem> children = fixture.sfn.listExecutions(b -> b.mapRunArn(mapRun)).executions();

            DescribeExecutionResponse running = describeChild(children, ExecutionStatus.RUNNING);

            assertThat(running.redriveStatus()).isEqualTo(ExecutionRedriveStatus.NOT_REDRIVABLE);
            assertThat(running.redriveStatusReason()).isEqualTo("Execution is RUNNING and cannot be redriven");
        }

        @Test
        void express_children_have_express_arns_that_list_executions_and_describe_execution_take() {
            String express = distributed("", "\"Check\": {\"Type\": \"Pass\", \"End\": true}")
                    .replace("\"ExecutionType\": \"STANDARD\"", "\"ExecutionType\": \"EXPRESS\"");
            String arn = fixture.start(fixture.create("Fast", express), "f", "[1, 2]");
            assertThat(fixture.awaitEnd(arn).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            String mapRun = mapRunOf(arn);
            String mapRunId = mapRun.substring(mapRun.lastIndexOf(':') + 1);

            List<ExecutionListItem> children = fixture.sfn.listExecutions(b -> b.mapRunArn(mapRun)).executions();

            assertThat(children).hasSize(2).allSatisfy(child -> assertThat(child.executionArn())
                    .matches(java.util.regex.Pattern.quote(PREFIX + "express:Fast/Orders:" + mapRunId + ":")
                            + "[0-9a-f-]{36}"));
            DescribeExecutionResponse described = describeChild(children, ExecutionStatus.SUCCEEDED);
            assertThat(described.mapRunArn()).isEqualTo(mapRun);
            assertThat(described.stateMachineArn()).isEqualTo(PREFIX + "stateMachine:Fast/Orders");
            assertThat(described.redriveStatus()).isEqualTo(ExecutionRedriveStatus.NOT_REDRIVABLE);
            failure(() -> fixture.sfn.getExecutionHistory(b -> b.executionArn(children.get(0).executionArn())),
                    "InvalidArn", "Invalid Arn: 'Resource type not valid in this context: express'");
        }

        @Test
        void an_unknown_child_arn_is_still_not_found() {
            String arn = PREFIX + "execution:Shop/Orders:missing";

            failure(() -> fixture.sfn.describeExecution(b -> b.executionArn(arn)), "ExecutionDoesNotExist",
                    "Execution Does Not Exist: '" + arn + "'");
        }
    }

    @Nested
    class Update {
        @Test
        void a_higher_max_concurrency_starts_the_pending_children() {
            String arn = fixture.start(fixture.create("Slow", distributed(", \"MaxConcurrency\": 1", CALLBACK)), "w",
                    "[1, 2, 3]");
            String mapRun = mapRunOf(arn);
            DescribeMapRunResponse before = fixture.sfn.describeMapRun(b -> b.mapRunArn(mapRun));
            assertThat(before.status()).isEqualTo(MapRunStatus.RUNNING);
            assertThat(before.maxConcurrency()).isEqualTo(1);
            assertThat(before.executionCounts().running()).isEqualTo(1);
            assertThat(before.executionCounts().pending()).isEqualTo(2);

            fixture.sfn.updateMapRun(b -> b.mapRunArn(mapRun).maxConcurrency(0).toleratedFailurePercentage(25f)
                    .toleratedFailureCount(2L));

            DescribeMapRunResponse after = fixture.sfn.describeMapRun(b -> b.mapRunArn(mapRun));
            assertThat(after.maxConcurrency()).isZero();
            assertThat(after.toleratedFailurePercentage()).isEqualTo(25f);
            assertThat(after.toleratedFailureCount()).isEqualTo(2);
            assertThat(after.executionCounts().running()).isEqualTo(3);
            assertThat(after.executionCounts().pending()).isZero();
        }

        @Test
        void an_ended_map_run_is_refused_with_the_models_reason_and_left_as_it_was() {
            String arn = fixture.start(fixture.create("Shop", distributed(", \"ToleratedFailureCount\": 1",
                    FAIL_ON_TWO)), "s", "[1, 2, 3]");
            fixture.awaitEnd(arn);
            String mapRun = mapRunOf(arn);

            SfnException e = failure(() -> fixture.sfn.updateMapRun(b -> b.mapRunArn(mapRun).maxConcurrency(5)),
                    "ValidationException", "Cannot update a Map Run that is not running: '" + mapRun + "' is SUCCEEDED");

            assertThat(e).isInstanceOfSatisfying(ValidationException.class, validation -> assertThat(
                    validation.reason()).isEqualTo(ValidationExceptionReason.CANNOT_UPDATE_COMPLETED_MAP_RUN));
            DescribeMapRunResponse after = fixture.sfn.describeMapRun(b -> b.mapRunArn(mapRun));
            assertThat(after.maxConcurrency()).isZero();
            assertThat(after.toleratedFailureCount()).isEqualTo(1);
        }

        @Test
        void refuses_an_unknown_map_run_and_a_negative_concurrency() {
            String arn = PREFIX + "mapRun:Shop/Orders:missing";

            failure(() -> fixture.sfn.updateMapRun(b -> b.mapRunArn(arn).maxConcurrency(2)), "ResourceNotFound",
                    "Resource not found: '" + arn + "'");
            failure(() -> fixture.sfn.updateMapRun(b -> b.mapRunArn(arn).maxConcurrency(-1)), "ValidationException",
                    "1 validation error detected: Value '-1' at 'maxConcurrency' failed to satisfy constraint: "
                            + "Member must have value greater than or equal to 0");
        }
    }
}
