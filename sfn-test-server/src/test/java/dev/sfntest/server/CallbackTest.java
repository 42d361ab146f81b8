package dev.sfntest.server;

import static dev.sfntest.server.ServerFixture.failure;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

class CallbackTest {
    static final String CALLBACK = """
            {"StartAt": "Ask", "States": {"Ask": {"Type": "Task",
              "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
              "Parameters": {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q",
                             "MessageBody": {"token.$": "$$.Task.Token"}},
              "TimeoutSeconds": 300, "HeartbeatSeconds": 60, "End": true}}}""";

    final ServerFixture fixture = new ServerFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    /** The token, read from the TaskScheduled event's parameters as a test of a real queue consumer would. */
    String token(String executionArn) throws Exception {
        return tokenOf(fixture, executionArn);
    }

    static String tokenOf(ServerFixture server, String executionArn) throws Exception {
        List<HistoryEvent> events = server.history(executionArn);
        HistoryEvent scheduled = events.stream().filter(e -> e.type() == HistoryEventType.TASK_SCHEDULED).findFirst()
                .orElseThrow();
        return Json.parse(scheduled.taskScheduledEventDetails().parameters()).path("MessageBody").path("token").asText();
    }

    String started(String name) {
        return fixture.start(fixture.create("Callback", CALLBACK), name, "{}");
    }

    @Nested
    class Completion {
        @Test
        void send_task_success_completes_the_waiting_task() throws Exception {
            String arn = started("ok");
            assertThat(fixture.sfn.describeExecution(b -> b.executionArn(arn)).status()).isEqualTo(ExecutionStatus.RUNNING);

            String token = token(arn);
            fixture.sfn.sendTaskSuccess(b -> b.taskToken(token).output("{\"approved\": true}"));

            DescribeExecutionResponse described = fixture.awaitEnd(arn);
            assertThat(described.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(described.output()).isEqualTo("{\"approved\":true}");
        }

        @Test
        void starting_a_running_execution_again_with_the_same_input_is_idempotent() {
            String machine = fixture.create("Callback", CALLBACK);
            String arn = fixture.start(machine, "twice", "{\"a\": 1}");

            assertThat(fixture.start(machine, "twice", "{\"a\": 1}")).isEqualTo(arn);
            failure(() -> fixture.start(machine, "twice", "{\"a\": 2}"), "ExecutionAlreadyExists",
                    "Execution Already Exists: '" + arn + "'");
        }

        @Test
        void send_task_failure_fails_it() throws Exception {
            String arn = started("no");
            String token = token(arn);

            fixture.sfn.sendTaskFailure(b -> b.taskToken(token).error("Rejected").cause("by a human"));

            DescribeExecutionResponse described = fixture.awaitEnd(arn);
            assertThat(described.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(described.error()).isEqualTo("Rejected");
            assertThat(described.cause()).isEqualTo("by a human");
        }

        @Test
        void refuses_unknown_tokens_and_bad_output() throws Exception {
            String token = token(started("bad"));

            failure(() -> fixture.sfn.sendTaskSuccess(b -> b.taskToken("nobody's").output("{}")), "InvalidToken",
                    "Invalid token");
            failure(() -> fixture.sfn.sendTaskSuccess(b -> b.taskToken(token).output("[1,")), "InvalidOutput",
                    "Invalid Output: 'the text ends inside an array'");
        }
    }

    @Nested
    class Clock {
        @Test
        void the_timeout_fires_when_the_test_moves_the_clock() throws Exception {
            String arn = started("late");
            String token = token(arn);

            for (int i = 0; i < 5; i++) {
                advance("{\"seconds\": 50}");
                fixture.sfn.sendTaskHeartbeat(b -> b.taskToken(token));
            }
            assertThat(fixture.sfn.describeExecution(b -> b.executionArn(arn)).status()).isEqualTo(ExecutionStatus.RUNNING);
            JsonNode clock = advance("{\"duration\": \"PT51S\"}");

            DescribeExecutionResponse described = fixture.awaitEnd(arn);
            assertThat(clock.path("now").asText()).isEqualTo("2025-01-01T00:05:01Z");
            assertThat(described.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(described.error()).isEqualTo("States.Timeout");
            failure(() -> fixture.sfn.sendTaskSuccess(b -> b.taskToken(token).output("{}")), "TaskTimedOut",
                    "Task Timed Out: 'Provided task does not exist anymore'");
        }

        @Test
        void a_missed_heartbeat_times_the_task_out() throws Exception {
            String arn = started("silent");

            advance("{\"seconds\": 61}");

            DescribeExecutionResponse described = fixture.awaitEnd(arn);
            assertThat(described.error()).isEqualTo("States.Timeout");
            assertThat(described.stopDate()).isEqualTo("2025-01-01T00:01:00Z");
        }

        @Test
        void reads_the_clock_and_refuses_bad_moves() throws Exception {
            HttpResponse<String> read = fixture.get("/_sfntest/clock");
            HttpResponse<String> backwards = fixture.post("/_sfntest/clock/advance", null, "{\"seconds\": -1}");
            HttpResponse<String> neither = fixture.post("/_sfntest/clock/advance", null, "{}");

            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(Json.parse(read.body())).isEqualTo(Json.parse("{\"now\": \"2025-01-01T00:00:00Z\", "
                    + "\"epochSeconds\": 1735689600}"));
            assertThat(backwards.statusCode()).isEqualTo(400);
            assertThat(Json.parse(backwards.body()).path("message").asText())
                    .isEqualTo("The clock moves forward only, by at most 1,000 years; was PT-1S");
            assertThat(Json.parse(neither.body()).path("message").asText())
                    .isEqualTo("Advance the clock with {\"seconds\": N} or {\"duration\": \"PT5M\"}");
        }
    }

    JsonNode advance(String body) throws Exception {
        HttpResponse<String> response = fixture.post("/_sfntest/clock/advance", null, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }
}
