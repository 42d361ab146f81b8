package dev.sfntest.engine;

import static dev.sfntest.assertj.SfnAssertions.assertThatExecution;
import static dev.sfntest.engine.EngineFixture.engine;
import static dev.sfntest.engine.EngineFixture.events;
import static dev.sfntest.engine.EngineFixture.json;
import static dev.sfntest.engine.EngineFixture.run;
import static dev.sfntest.engine.EngineFixture.types;
import static dev.sfntest.history.HistoryEventType.ExecutionStarted;
import static dev.sfntest.history.HistoryEventType.ExecutionSucceeded;
import static dev.sfntest.history.HistoryEventType.LambdaFunctionScheduled;
import static dev.sfntest.history.HistoryEventType.LambdaFunctionStarted;
import static dev.sfntest.history.HistoryEventType.LambdaFunctionSucceeded;
import static dev.sfntest.history.HistoryEventType.TaskFailed;
import static dev.sfntest.history.HistoryEventType.TaskScheduled;
import static dev.sfntest.history.HistoryEventType.TaskStarted;
import static dev.sfntest.history.HistoryEventType.TaskStateEntered;
import static dev.sfntest.history.HistoryEventType.TaskStateExited;
import static dev.sfntest.history.HistoryEventType.TaskSucceeded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.asl.Definitions;
import dev.sfntest.history.EventDetails;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.ExecutionStatus;
import dev.sfntest.history.HistoryEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TaskStatesTest {
    private static final String INVOKE = "arn:aws:states:::lambda:invoke";

    private static String task(String extra) {
        String handled = extra.contains("'Handled'") ? ", 'Handled': {'Type': 'Pass', 'End': true}" : "";
        return "{'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': '" + INVOKE + "'" + extra
                + ", 'End': true}" + handled + "}}";
    }

    @Nested
    class DataFlow {
        @Test
        void parametersResultSelectorResultPathAndOutputPathApplyInAwsOrder() {
            String definition = task(", 'InputPath': '$.order', 'Parameters': {'FunctionName': 'f', 'Payload.$': '$'},"
                    + " 'ResultSelector': {'total.$': '$.Payload.total'}, 'ResultPath': '$.charge',"
                    + " 'OutputPath': '$.charge'");
            ExecutionResult result = run(definition, "{'order': {'id': 1}}",
                    "{'T': {'0': {'Return': {'StatusCode': 200, 'Payload': {'total': 9}}}}}");
            assertThat(result.output()).isEqualTo(json("{'total': 9}"));
            assertThatExecution(result).hasInvoked("T").once()
                    .withParametersAt("$", json("{'FunctionName': 'f', 'Payload': {'id': 1}}")).once();
        }

        @Test
        void serviceIntegrationsRecordTaskEvents() {
            ExecutionResult result = run(task(""), "{}", "{'T': {'0': {'Return': {'Payload': 1}}}}");
            assertThat(types(result)).containsExactly(ExecutionStarted, TaskStateEntered, TaskScheduled, TaskStarted,
                    TaskSucceeded, TaskStateExited, ExecutionSucceeded);
            assertThat(((EventDetails.TaskScheduled) events(result, TaskScheduled).get(0).details()).resourceType())
                    .isEqualTo("lambda");
        }

        @Test
        void lambdaFunctionArnsRecordLambdaFunctionEvents() {
            String definition = "{'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': "
                    + "'arn:aws:lambda:us-east-1:123456789012:function:f', 'End': true}}}";
            ExecutionResult result = run(definition, "{}", "{'T': {'0': {'Return': 5}}}");
            assertThat(result.output()).isEqualTo(json("5"));
            assertThat(types(result)).containsExactly(ExecutionStarted, TaskStateEntered, LambdaFunctionScheduled,
                    LambdaFunctionStarted, LambdaFunctionSucceeded, TaskStateExited, ExecutionSucceeded);
        }

        @Test
        void aMissingParametersPathIsARuntimeErrorQuotingPathFieldAndInput() {
            ExecutionResult result = run(task(", 'Parameters': {'v.$': '$.nope'}, 'Catch': [{'ErrorEquals': "
                    + "['States.ALL'], 'Next': 'Handled'}]"), "{'a': 1}", "{}");
            assertThat(result.error()).isEqualTo("States.Runtime");
            assertThat(result.cause()).isEqualTo("An error occurred while executing the state 'T' (entered at the "
                    + "event id #2). The JSONPath '$.nope' specified for the field 'v.$' could not be found in the "
                    + "input '{\"a\":1}'");
        }
    }

    @Nested
    class Retries {
        @Test
        void backoffGrowsByTheRateAndIsCappedByMaxDelay() {
            String definition = task(", 'Retry': [{'ErrorEquals': ['Transient'], 'IntervalSeconds': 2,"
                    + " 'BackoffRate': 3, 'MaxAttempts': 4, 'MaxDelaySeconds': 10}]");
            ExecutionResult result = run(definition, "{}", "{'T': {'0-3': {'Throw': {'Error': 'Transient',"
                    + " 'Cause': 'x'}}, '4': {'Return': 1}}}");
            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            List<Instant> scheduled = events(result, TaskScheduled).stream().map(HistoryEvent::timestamp).toList();
            Instant start = result.startDate();
            assertThat(scheduled).containsExactly(start, start.plusSeconds(2), start.plusSeconds(8),
                    start.plusSeconds(18), start.plusSeconds(28));
        }

        @Test
        void maxAttemptsZeroNeverRetriesAndExhaustedRetriesFail() {
            ExecutionResult zero = run(task(", 'Retry': [{'ErrorEquals': ['States.ALL'], 'MaxAttempts': 0}]"), "{}",
                    "{'T': {'0': {'Throw': {'Error': 'E', 'Cause': 'c'}}}}");
            assertThat(zero.error()).isEqualTo("E");
            assertThat(events(zero, TaskFailed)).hasSize(1);
            ExecutionResult exhausted = run(task(", 'Retry': [{'ErrorEquals': ['E'], 'MaxAttempts': 2}]"), "{}",
                    "{'T': {'0-2': {'Throw': {'Error': 'E', 'Cause': 'c'}}}}");
            assertThat(exhausted.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(events(exhausted, TaskFailed)).hasSize(3);
            assertThat(exhausted.duration()).isEqualTo(Duration.ofSeconds(3));
        }

        @Test
        void fullJitterStaysWithinTheComputedInterval() {
            String definition = task(", 'Retry': [{'ErrorEquals': ['E'], 'IntervalSeconds': 100,"
                    + " 'JitterStrategy': 'FULL', 'MaxAttempts': 1}]");
            for (long seed = 0; seed < 20; seed++) {
                ExecutionResult result = engine("{'T': {'0': {'Throw': {'Error': 'E'}}, '1': {'Return': 1}}}")
                        .seed(seed).build().execute(Definitions.build(json(definition)), json("{}"));
                assertThat(result.duration()).isBetween(Duration.ZERO, Duration.ofSeconds(100));
            }
        }

        @Test
        void retryCountIsVisibleInTheContextObject() {
            String definition = task(", 'Parameters': {'try.$': '$$.State.RetryCount'},"
                    + " 'Retry': [{'ErrorEquals': ['E'], 'IntervalSeconds': 1}]");
            ExecutionResult result = run(definition, "{}", "{'T': {'0-1': {'Throw': {'Error': 'E'}}, '2': {'Return': 1}}}");
            assertThatExecution(result).invocations("T").extracting(call -> call.parameters().get("try").intValue())
                    .containsExactly(0, 1, 2);
        }
    }

    @Nested
    class Catchers {
        @Test
        void aCaughtErrorReachesNextWithErrorAndCauseAtResultPath() {
            String definition = task(", 'Catch': [{'ErrorEquals': ['States.TaskFailed'], 'ResultPath': '$.err',"
                    + " 'Next': 'Handled'}]");
            ExecutionResult result = run(definition, "{'a': 1}", "{'T': {'0': {'Throw': {'Error': 'Boom',"
                    + " 'Cause': 'why'}}}}");
            assertThat(result.output()).isEqualTo(json("{'a': 1, 'err': {'Error': 'Boom', 'Cause': 'why'}}"));
        }

        @Test
        void statesRuntimeIsNeverCaught() {
            String definition = task(", 'OutputPath': '$.missing.deep', 'Catch': [{'ErrorEquals': ['States.Runtime'],"
                    + " 'Next': 'Handled'}]");
            ExecutionResult result = run(definition, "{}", "{'T': {'0': {'Return': {}}}}");
            assertThat(result.error()).isEqualTo("States.Runtime");
            assertThat(result.cause()).endsWith("Invalid path '$.missing.deep' : Missing property in path $['missing']");
        }

        @Test
        void taskFailedDoesNotMatchTimeouts() {
            String definition = "{'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': '" + INVOKE + "',"
                    + " 'TimeoutSeconds': 5, 'Catch': [{'ErrorEquals': ['States.TaskFailed'], 'Next': 'H'}],"
                    + " 'End': true}, 'H': {'Type': 'Pass', 'End': true}}}";
            TaskHandler slow = invocation -> TaskOutcome.success(json("{}")).after(Duration.ofSeconds(10));
            ExecutionResult result = Engine.builder().taskHandler(slow).build()
                    .execute(Definitions.build(json(definition)), json("{}"));
            assertThat(result.error()).isEqualTo("States.Timeout");
            assertThat(result.duration()).isEqualTo(Duration.ofSeconds(5));
        }
    }

    @Nested
    class Unmocked {
        @Test
        void anUnmockedTaskStopsTheRunNamingStateResourceAttemptAndInput() {
            assertThatThrownBy(() -> run(task(""), "{'a': 1}", "{}"))
                    .isInstanceOf(UnmockedTaskException.class)
                    .hasMessage("The Task state 'T' (resource arn:aws:states:::lambda:invoke, attempt 0) has no mocked "
                            + "response.\n  input: {\"a\":1}\n  Mock it by state name, for example "
                            + "{\"T\": {\"0\": {\"Return\": {}}}}.");
        }

        @Test
        void anAttemptPastTheScriptIsUnmocked() {
            String definition = task(", 'Retry': [{'ErrorEquals': ['E']}]");
            assertThatThrownBy(() -> run(definition, "{}", "{'T': {'0': {'Throw': {'Error': 'E'}}}}"))
                    .isInstanceOf(UnmockedTaskException.class)
                    .hasMessageStartingWith("The Task state 'T' (resource arn:aws:states:::lambda:invoke, attempt 1)");
        }
    }
}
