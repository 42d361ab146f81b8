package dev.sfntest.server;

import static dev.sfntest.server.ServerFixture.PREFIX;
import static dev.sfntest.server.ServerFixture.failure;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.IncludedData;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;

class ExecutionActionsTest {
    static final String WAIT_A_DAY = """
            {"StartAt": "Wait", "States": {
              "Wait": {"Type": "Wait", "Seconds": 86400, "Next": "Done"},
              "Done": {"Type": "Pass", "Parameters": {"doubled.$": "States.MathAdd($.n, $.n)"}, "End": true}}}""";
    static final String FAIL = """
            {"StartAt": "Boom", "States": {"Boom": {"Type": "Fail", "Error": "Custom.Error", "Cause": "it broke"}}}""";
    static final String LAMBDA = """
            {"StartAt": "Call", "States": {"Call": {"Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "f"}, "End": true}}}""";

    final ServerFixture fixture = new ServerFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Nested
    class Start {
        @Test
        void runs_a_day_long_wait_at_once_on_the_virtual_clock() {
            String machine = fixture.create("Waiter", WAIT_A_DAY);

            String arn = fixture.start(machine, "first", "{\"n\": 21}");

            DescribeExecutionResponse described = fixture.awaitEnd(arn);
            assertThat(arn).isEqualTo(PREFIX + "execution:Waiter:first");
            assertThat(described.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(described.output()).isEqualTo("{\"doubled\":42}");
            assertThat(described.input()).isEqualTo("{\"n\":21}");
            assertThat(described.startDate()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
            assertThat(described.stopDate()).isEqualTo(Instant.parse("2025-01-02T00:00:00Z"));
            assertThat(described.stateMachineArn()).isEqualTo(machine);
            DescribeExecutionResponse metadata = fixture.sfn.describeExecution(b -> b.executionArn(arn)
                    .includedData(IncludedData.METADATA_ONLY));
            assertThat(metadata.input()).isNull();
            assertThat(metadata.output()).isNull();
            assertThat(metadata.inputDetails().included()).isFalse();
        }

        @Test
        void reports_a_failure_with_its_error_and_cause() {
            String arn = fixture.start(fixture.create("Failing", FAIL), "f", "{}");

            DescribeExecutionResponse described = fixture.awaitEnd(arn);
            assertThat(described.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(described.error()).isEqualTo("Custom.Error");
            assertThat(described.cause()).isEqualTo("it broke");
        }

        @Test
        void fails_an_unmocked_task_with_a_clear_cause() {
            String arn = fixture.start(fixture.create("Lambda", LAMBDA), "u", "{}");

            DescribeExecutionResponse described = fixture.awaitEnd(arn);
            assertThat(described.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(described.error()).isEqualTo("States.Runtime");
            assertThat(described.cause()).isEqualTo("The Task state 'Call' (resource arn:aws:states:::lambda:invoke, "
                    + "attempt 0) has no mocked response (the execution was started without a test case: start it with "
                    + "stateMachineArn#TestCaseName and a MockConfigFile), and the sfn-test server calls no AWS service.");
        }

        @Test
        void refuses_a_second_execution_of_the_same_name_and_bad_input() {
            String machine = fixture.create("Once", FAIL);
            String arn = fixture.start(machine, "same", "{}");

            failure(() -> fixture.start(machine, "same", "{}"), "ExecutionAlreadyExists",
                    "Execution Already Exists: '" + arn + "'");
            failure(() -> fixture.start(machine, "bad", "{oops"), "InvalidExecutionInput",
                    "Invalid State Machine Execution Input: 'expected a field name in double quotes, "
                            + "found 'oops''");
            failure(() -> fixture.start(PREFIX + "stateMachine:Nope", "x", "{}"), "StateMachineDoesNotExist",
                    "State Machine Does Not Exist: '" + PREFIX + "stateMachine:Nope'");
        }

        @Test
        void names_executions_itself_when_the_client_does_not() {
            String machine = fixture.create("Unnamed", FAIL);

            String first = fixture.sfn.startExecution(b -> b.stateMachineArn(machine)).executionArn();
            String second = fixture.sfn.startExecution(b -> b.stateMachineArn(machine)).executionArn();

            assertThat(first).startsWith(PREFIX + "execution:Unnamed:").isNotEqualTo(second);
        }
    }

    @Nested
    class Sync {
        @Test
        void runs_an_express_machine_to_its_end() {
            String machine = fixture.create("Express", WAIT_A_DAY, StateMachineType.EXPRESS);

            StartSyncExecutionResponse response = fixture.sfn.startSyncExecution(b -> b.stateMachineArn(machine)
                    .name("sync").input("{\"n\": 1}"));

            assertThat(response.status()).isEqualTo(SyncExecutionStatus.SUCCEEDED);
            assertThat(response.output()).isEqualTo("{\"doubled\":2}");
            assertThat(response.stopDate()).isEqualTo(Instant.parse("2025-01-02T00:00:00Z"));
        }

        @Test
        void refuses_a_standard_machine() {
            String machine = fixture.create("Standard", WAIT_A_DAY);
            failure(() -> fixture.sfn.startSyncExecution(b -> b.stateMachineArn(machine)), "StateMachineTypeNotSupported",
                    "This operation is not supported by this type of state machine");
        }
    }

    @Nested
    class History {
        @Test
        void pages_forward_and_backward_with_and_without_data() {
            String arn = fixture.start(fixture.create("Hist", WAIT_A_DAY), "h", "{\"n\": 1}");
            fixture.awaitEnd(arn);

            List<HistoryEvent> all = fixture.history(arn);
            List<HistoryEventType> paged = new ArrayList<>();
            String token = null;
            do {
                String next = token;
                GetExecutionHistoryResponse page = fixture.sfn.getExecutionHistory(b -> b.executionArn(arn)
                        .maxResults(2).reverseOrder(true).nextToken(next));
                page.events().forEach(event -> paged.add(event.type()));
                token = page.nextToken();
            } while (token != null);
            HistoryEvent started = fixture.sfn.getExecutionHistory(b -> b.executionArn(arn).maxResults(1)
                    .includeExecutionData(false)).events().get(0);

            assertThat(all).extracting(HistoryEvent::type).containsExactly(HistoryEventType.EXECUTION_STARTED,
                    HistoryEventType.WAIT_STATE_ENTERED, HistoryEventType.WAIT_STATE_EXITED,
                    HistoryEventType.PASS_STATE_ENTERED, HistoryEventType.PASS_STATE_EXITED,
                    HistoryEventType.EXECUTION_SUCCEEDED);
            assertThat(all.get(0).executionStartedEventDetails().input()).isEqualTo("{\"n\":1}");
            assertThat(all.get(2).timestamp()).isEqualTo(Instant.parse("2025-01-02T00:00:00Z"));
            assertThat(paged).containsExactly(HistoryEventType.EXECUTION_SUCCEEDED, HistoryEventType.PASS_STATE_EXITED,
                    HistoryEventType.PASS_STATE_ENTERED, HistoryEventType.WAIT_STATE_EXITED,
                    HistoryEventType.WAIT_STATE_ENTERED, HistoryEventType.EXECUTION_STARTED);
            assertThat(started.executionStartedEventDetails().input()).isNull();
            assertThat(started.executionStartedEventDetails().roleArn())
                    .isEqualTo("arn:aws:iam::123456789012:role/service-role/StepFunctions-Hist-role");
        }

        @Test
        void refuses_unknown_executions() {
            failure(() -> fixture.history(PREFIX + "execution:M:none"), "ExecutionDoesNotExist",
                    "Execution Does Not Exist: '" + PREFIX + "execution:M:none'");
            failure(() -> fixture.sfn.describeExecution(b -> b.executionArn(PREFIX + "stateMachine:M")), "InvalidArn",
                    "Invalid Arn: 'Resource type not valid in this context: stateMachine'");
        }
    }

    @Nested
    class ListStopDescribe {
        @Test
        void lists_newest_first_filtered_by_status() {
            String ok = fixture.create("Ok", WAIT_A_DAY);
            String failing = fixture.create("Fails", FAIL);
            for (int i = 0; i < 3; i++) {
                fixture.start(ok, "ok" + i, "{\"n\": 1}");
            }
            fixture.start(failing, "f", "{}");

            List<ExecutionListItem> listed = fixture.sfn.listExecutions(b -> b.stateMachineArn(ok)).executions();
            List<ExecutionListItem> failed = fixture.sfn.listExecutions(b -> b.stateMachineArn(failing)
                    .statusFilter(ExecutionStatus.FAILED)).executions();

            assertThat(listed).extracting(ExecutionListItem::name).containsExactly("ok2", "ok1", "ok0");
            assertThat(failed).extracting(ExecutionListItem::name).containsExactly("f");
            assertThat(fixture.sfn.listExecutions(b -> b.stateMachineArn(ok).maxResults(2)).nextToken()).isNotNull();
            failure(() -> fixture.sfn.listExecutions(b -> b.maxResults(2)), "ValidationException",
                    "Must provide a StateMachine ARN or a MapRun ARN");
        }

        @Test
        void stops_a_running_execution_and_describes_its_state_machine() {
            String machine = fixture.create("Callback", CallbackTest.CALLBACK);
            String arn = fixture.start(machine, "stopped", "{}");

            fixture.sfn.stopExecution(b -> b.executionArn(arn).error("Halt").cause("by the test"));

            DescribeExecutionResponse described = fixture.awaitEnd(arn);
            assertThat(described.status()).isEqualTo(ExecutionStatus.ABORTED);
            assertThat(described.error()).isEqualTo("Halt");
            assertThat(described.cause()).isEqualTo("by the test");
            assertThat(fixture.sfn.describeStateMachineForExecution(b -> b.executionArn(arn)).definition())
                    .isEqualTo(CallbackTest.CALLBACK);
        }
    }
}
