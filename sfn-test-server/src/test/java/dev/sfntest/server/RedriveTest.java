package dev.sfntest.server;

import static dev.sfntest.server.ServerFixture.PREFIX;
import static dev.sfntest.server.ServerFixture.failure;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionRedriveFilter;
import software.amazon.awssdk.services.sfn.model.ExecutionRedriveStatus;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.RedriveExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineType;

class RedriveTest {
    /** A callback task after a Pass: the client fails the first attempt and completes the redriven one. */
    static final String APPROVAL = """
            {"StartAt": "Prepare", "States": {
              "Prepare": {"Type": "Pass", "Parameters": {"order.$": "$.order"}, "Next": "Ask"},
              "Ask": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                "Parameters": {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q",
                               "MessageBody": {"token.$": "$$.Task.Token", "redrives.$": "$$.Execution.RedriveCount"}},
                "End": true}}}""";
    static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    final ServerFixture fixture = new ServerFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    /** The MessageBody of the last TaskScheduled event, as a queue consumer would receive it. */
    JsonNode lastMessage(String executionArn) throws Exception {
        List<HistoryEvent> events = fixture.history(executionArn);
        HistoryEvent scheduled = events.stream().filter(e -> e.type() == HistoryEventType.TASK_SCHEDULED)
                .reduce((first, second) -> second).orElseThrow();
        return Json.parse(scheduled.taskScheduledEventDetails().parameters()).path("MessageBody");
    }

    String failedOnce() throws Exception {
        String arn = fixture.start(fixture.create("Approval", APPROVAL), "order-7", "{\"order\": 7}");
        String token = tokenOf(arn);
        fixture.sfn.sendTaskFailure(b -> b.taskToken(token).error("Rejected").cause("no stock"));
        assertThat(fixture.awaitEnd(arn).status()).isEqualTo(ExecutionStatus.FAILED);
        return arn;
    }

    String tokenOf(String arn) throws Exception {
        return lastMessage(arn).path("token").asText();
    }

    void advanceDays(int days) throws Exception {
        assertThat(fixture.post("/_sfntest/clock/advance", null, "{\"seconds\": " + days * 86_400 + "}").statusCode())
                .isEqualTo(200);
    }

    @Nested
    class Redrives {
        @Test
        void a_failed_execution_from_its_failed_state_and_reports_it() throws Exception {
            String arn = failedOnce();
            DescribeExecutionResponse failed = fixture.sfn.describeExecution(b -> b.executionArn(arn));
            assertThat(failed.redriveStatus()).isEqualTo(ExecutionRedriveStatus.REDRIVABLE);
            assertThat(failed.redriveCount()).isZero();
            assertThat(failed.redriveDate()).isNull();
            advanceDays(1);

            RedriveExecutionResponse redriven = fixture.sfn.redriveExecution(b -> b.executionArn(arn));

            assertThat(redriven.redriveDate()).isEqualTo(START.plusSeconds(86_400));
            DescribeExecutionResponse running = fixture.sfn.describeExecution(b -> b.executionArn(arn));
            assertThat(running.status()).isEqualTo(ExecutionStatus.RUNNING);
            assertThat(running.redriveCount()).isEqualTo(1);
            assertThat(running.redriveDate()).isEqualTo(START.plusSeconds(86_400));
            assertThat(running.redriveStatus()).isEqualTo(ExecutionRedriveStatus.NOT_REDRIVABLE);
            assertThat(running.redriveStatusReason()).isEqualTo("Execution is RUNNING and cannot be redriven");
            assertThat(lastMessage(arn).path("redrives").asInt()).isEqualTo(1);

            String token = tokenOf(arn);
            fixture.sfn.sendTaskSuccess(b -> b.taskToken(token).output("{\"approved\": true}"));
            DescribeExecutionResponse succeeded = fixture.awaitEnd(arn);
            assertThat(succeeded.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(succeeded.output()).isEqualTo("{\"approved\":true}");
            assertThat(succeeded.redriveStatusReason()).isEqualTo("Execution is SUCCEEDED and cannot be redriven");
            assertThat(succeeded.startDate()).isEqualTo(START);
        }

        @Test
        void keeps_the_history_and_adds_execution_redriven() throws Exception {
            String arn = failedOnce();

            fixture.sfn.redriveExecution(b -> b.executionArn(arn));

            List<HistoryEvent> events = fixture.history(arn);
            List<HistoryEventType> types = events.stream().map(HistoryEvent::type).toList();
            assertThat(types).filteredOn(t -> t == HistoryEventType.PASS_STATE_ENTERED).hasSize(1);
            int failedAt = types.indexOf(HistoryEventType.EXECUTION_FAILED);
            HistoryEvent redriven = events.get(failedAt + 1);
            assertThat(redriven.type()).isEqualTo(HistoryEventType.EXECUTION_REDRIVEN);
            assertThat(redriven.executionRedrivenEventDetails().redriveCount()).isEqualTo(1);
            assertThat(redriven.previousEventId()).isEqualTo(events.get(failedAt).id());
            HistoryEvent entered = events.get(failedAt + 2);
            assertThat(entered.stateEnteredEventDetails().name()).isEqualTo("Ask");
            assertThat(entered.stateEnteredEventDetails().input()).isEqualTo("{\"order\":7}");
        }

        @Test
        void lists_redriven_executions_apart() throws Exception {
            String redrivenArn = failedOnce();
            String machine = PREFIX + "stateMachine:Approval";
            fixture.start(machine, "never-redriven", "{\"order\": 8}");
            fixture.sfn.redriveExecution(b -> b.executionArn(redrivenArn));

            List<String> redriven = fixture.sfn.listExecutions(b -> b.stateMachineArn(machine)
                    .redriveFilter(ExecutionRedriveFilter.REDRIVEN)).executions().stream().map(e -> e.name()).toList();
            List<String> not = fixture.sfn.listExecutions(b -> b.stateMachineArn(machine)
                    .redriveFilter(ExecutionRedriveFilter.NOT_REDRIVEN)).executions().stream().map(e -> e.name()).toList();

            assertThat(redriven).containsExactly("order-7");
            assertThat(not).containsExactly("never-redriven");
            assertThat(fixture.sfn.listExecutions(b -> b.stateMachineArn(machine)
                    .redriveFilter(ExecutionRedriveFilter.REDRIVEN)).executions().get(0).redriveCount()).isEqualTo(1);
        }
    }

    @Test
    void a_mocked_task_gets_its_next_response_when_redriven(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("MockConfigFile.json");
        Files.writeString(file, """
                {"StateMachines": {"Charge": {"TestCases": {"DeclinedOnce": {"Charge": "DeclinedThenPaid"}}}},
                 "MockedResponses": {"DeclinedThenPaid": {
                   "0": {"Throw": {"Error": "Card.Declined", "Cause": "try later"}},
                   "1": {"Return": {"paid": true}}}}}""");
        try (ServerFixture mocked = new ServerFixture(builder -> builder.mockConfig(file))) {
            String machine = mocked.create("Charge", """
                    {"StartAt": "Charge", "States": {"Charge": {"Type": "Task",
                      "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "charge"},
                      "End": true}}}""");
            String arn = mocked.start(machine + "#DeclinedOnce", "c", "{}");
            assertThat(mocked.awaitEnd(arn).error()).isEqualTo("Card.Declined");

            mocked.sfn.redriveExecution(b -> b.executionArn(arn));

            DescribeExecutionResponse described = mocked.awaitEnd(arn);
            assertThat(described.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(described.output()).isEqualTo("{\"paid\":true}");
        }
    }

    @Nested
    class Refuses {
        @Test
        void a_succeeded_execution() {
            String arn = fixture.start(fixture.create("Quick", "{\"StartAt\": \"P\", \"States\": {\"P\": "
                    + "{\"Type\": \"Pass\", \"End\": true}}}"), "done", "{}");
            fixture.awaitEnd(arn);

            failure(() -> fixture.sfn.redriveExecution(b -> b.executionArn(arn)), "ExecutionNotRedrivable",
                    "Execution cannot be redriven: '" + arn + "': Execution is SUCCEEDED and cannot be redriven");
        }

        @Test
        void fourteen_days_after_the_failure() throws Exception {
            String arn = failedOnce();
            advanceDays(15);

            failure(() -> fixture.sfn.redriveExecution(b -> b.executionArn(arn)), "ExecutionNotRedrivable",
                    "Execution cannot be redriven: '" + arn + "': Execution redrivable period exceeded");
            assertThat(fixture.sfn.describeExecution(b -> b.executionArn(arn)).redriveStatus())
                    .isEqualTo(ExecutionRedriveStatus.NOT_REDRIVABLE);
        }

        @Test
        void an_unknown_execution() {
            String arn = PREFIX + "execution:Approval:missing";

            failure(() -> fixture.sfn.redriveExecution(b -> b.executionArn(arn)), "ExecutionDoesNotExist",
                    "Execution Does Not Exist: '" + arn + "'");
        }
    }

    @Nested
    class InsideADistributedMap {
        @Test
        void redrives_the_map_run_only_its_failed_child_runs_again() {
            String arn = fixture.start(fixture.create("Mapper", MapRunTest.distributed(", \"MaxConcurrency\": 1", """
                    "Check": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                      "Parameters": {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q",
                                     "MessageBody": {"token.$": "$$.Task.Token", "item.$": "$"}}, "End": true}"""),
                    StateMachineType.STANDARD), "m", "[1, 2]");
            String mapRun = fixture.sfn.listMapRuns(b -> b.executionArn(arn)).mapRuns().get(0).mapRunArn();
            String first = firstChildToken(mapRun);
            fixture.sfn.sendTaskSuccess(b -> b.taskToken(first).output("\"one\""));
            String second = firstChildToken(mapRun);
            fixture.sfn.sendTaskFailure(b -> b.taskToken(second).error("Rejected"));
            assertThat(fixture.awaitEnd(arn).status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(fixture.sfn.describeExecution(b -> b.executionArn(arn)).redriveStatus())
                    .isEqualTo(software.amazon.awssdk.services.sfn.model.ExecutionRedriveStatus.REDRIVABLE);

            fixture.sfn.redriveExecution(b -> b.executionArn(arn));
            String again = firstChildToken(mapRun);
            fixture.sfn.sendTaskSuccess(b -> b.taskToken(again).output("\"two\""));

            assertThat(fixture.awaitEnd(arn).output()).isEqualTo("[\"one\",\"two\"]");
            software.amazon.awssdk.services.sfn.model.DescribeMapRunResponse described = fixture.sfn.describeMapRun(
                    b -> b.mapRunArn(mapRun));
            assertThat(described.redriveCount()).isEqualTo(1);
            assertThat(described.redriveDate()).isNotNull();
            assertThat(described.executionCounts().succeeded()).isEqualTo(2);
            List<software.amazon.awssdk.services.sfn.model.ExecutionListItem> redriven = fixture.sfn.listExecutions(
                    b -> b.mapRunArn(mapRun).redriveFilter("REDRIVEN")).executions();
            assertThat(redriven).hasSize(1);
            assertThat(redriven.get(0).redriveCount()).isEqualTo(1);
            assertThat(fixture.history(arn)).extracting(HistoryEvent::type)
                    .containsOnlyOnce(HistoryEventType.MAP_RUN_STARTED, HistoryEventType.MAP_RUN_REDRIVEN);
        }

        /** The task token of the child execution of the Map Run now waiting on its callback. */
        private String firstChildToken(String mapRun) {
            for (var child : fixture.sfn.listExecutions(b -> b.mapRunArn(mapRun)
                    .statusFilter(ExecutionStatus.RUNNING)).executions()) {
                String token = null;
                for (HistoryEvent event : fixture.history(child.executionArn())) {
                    if (event.type() == HistoryEventType.TASK_SCHEDULED) {
                        token = Json.parse(event.taskScheduledEventDetails().parameters()).path("MessageBody")
                                .path("token").asText();
                    }
                }
                if (token != null) {
                    return token;
                }
            }
            throw new AssertionError("no child waits on a callback");
        }
    }

    @Nested
    class InsideAMap {
        @Test
        void only_the_failed_iteration_runs_again() throws Exception {
            String arn = fixture.start(fixture.create("Orders", """
                    {"StartAt": "Each", "States": {"Each": {"Type": "Map", "End": true, "ItemProcessor": {
                      "StartAt": "Ask", "States": {"Ask": {"Type": "Task",
                        "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                        "Parameters": {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q",
                                       "MessageBody": {"token.$": "$$.Task.Token", "item.$": "$"}}, "End": true}}}}}}""",
                    StateMachineType.STANDARD), "o", "[1, 2]");
            java.util.Map<Integer, String> tokens = tokensByItem(fixture.history(arn));
            fixture.sfn.sendTaskSuccess(b -> b.taskToken(tokens.get(1)).output("\"one\""));
            fixture.sfn.sendTaskFailure(b -> b.taskToken(tokens.get(2)).error("Rejected"));
            assertThat(fixture.awaitEnd(arn).status()).isEqualTo(ExecutionStatus.FAILED);

            fixture.sfn.redriveExecution(b -> b.executionArn(arn));

            List<HistoryEvent> events = fixture.history(arn);
            int redriven = events.stream().map(HistoryEvent::type).toList().indexOf(HistoryEventType.EXECUTION_REDRIVEN);
            java.util.Map<Integer, String> again = tokensByItem(events.subList(redriven, events.size()));
            assertThat(again.keySet()).containsExactly(2);
            fixture.sfn.sendTaskSuccess(b -> b.taskToken(again.get(2)).output("\"two\""));
            DescribeExecutionResponse succeeded = fixture.awaitEnd(arn);
            assertThat(succeeded.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(succeeded.output()).isEqualTo("[\"one\",\"two\"]");
            assertThat(succeeded.redriveCount()).isEqualTo(1);
        }

        /** The task token of each TaskScheduled event, by the item its message carries. */
        java.util.Map<Integer, String> tokensByItem(List<HistoryEvent> events) {
            java.util.Map<Integer, String> tokens = new java.util.TreeMap<>();
            for (HistoryEvent event : events) {
                if (event.type() == HistoryEventType.TASK_SCHEDULED) {
                    JsonNode body = Json.parse(event.taskScheduledEventDetails().parameters()).path("MessageBody");
                    tokens.put(body.path("item").asInt(), body.path("token").asText());
                }
            }
            return tokens;
        }
    }
}
