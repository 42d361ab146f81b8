package dev.sfntest.engine;

import static dev.sfntest.engine.EngineFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.asl.Definitions;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.ExecutionStatus;
import dev.sfntest.history.HistoryEvent;
import dev.sfntest.history.HistoryEventType;
import dev.sfntest.mock.TaskMocks;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A limit reached while a Wait, a retry back-off or a Map iteration is still scheduled fails the execution. */
class PendingWorkLimitsTest {
    private static final String HISTORY_CAUSE = "The execution reached the maximum number of history events (25000).";

    private static final String POLLING = "{'StartAt': 'Check', 'States': {"
            + " 'Check': {'Type': 'Task', 'Resource': 'arn:aws:lambda:us-east-1:123456789012:function:f',"
            + " 'Next': 'Done?'},"
            + " 'Done?': {'Type': 'Choice', 'Choices': [{'Variable': '$.done', 'BooleanEquals': true,"
            + " 'Next': 'End'}], 'Default': 'Wait'},"
            + " 'Wait': {'Type': 'Wait', 'Seconds': 10, 'Next': 'Check'},"
            + " 'End': {'Type': 'Succeed'}}}";

    private static ExecutionResult execute(Engine.Builder builder, String definition, String input) {
        return builder.build().execute(Definitions.build(json(definition)), json(input));
    }

    private static Engine.Builder notDone() {
        return Engine.builder().taskHandler(TaskMocks.of(TaskMocks.forState("Check")
                .answers(invocation -> TaskOutcome.success(json("{'done': false}"))).andSoOn()));
    }

    private static void assertFailedAtTheHistoryCap(ExecutionResult result) {
        assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(result.error()).isEqualTo("States.Runtime");
        assertThat(result.cause()).isEqualTo(HISTORY_CAUSE);
        List<HistoryEvent> history = result.history();
        assertThat(history).hasSize(25_000);
        HistoryEvent last = history.get(history.size() - 1);
        assertThat(last.type()).isEqualTo(HistoryEventType.ExecutionFailed);
        assertThat(last.id()).isEqualTo(25_000);
        assertThat(last.previousEventId()).isEqualTo(24_999);
    }

    @Nested
    class HistoryCap {
        @Test
        void aPollingLoopFailsAtTheCapWhileItsWaitIsScheduled() {
            // when
            ExecutionResult result = execute(notDone(), POLLING, "{}");
            // then
            assertFailedAtTheHistoryCap(result);
        }

        @Test
        void aRetryStormFailsAtTheCapWhileItsBackOffIsScheduled() {
            // given
            String definition = "{'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource':"
                    + " 'arn:aws:lambda:us-east-1:123456789012:function:f', 'Retry': [{'ErrorEquals': ['States.ALL'],"
                    + " 'IntervalSeconds': 1, 'BackoffRate': 1.0, 'MaxAttempts': 99999999}], 'End': true}}}";
            Engine.Builder builder = Engine.builder().taskHandler(TaskMocks.of(TaskMocks.forState("T")
                    .answers(invocation -> TaskOutcome.failure("Busy", "try again")).andSoOn()));
            // when
            ExecutionResult result = execute(builder, definition, "{}");
            // then
            assertFailedAtTheHistoryCap(result);
        }

        @Test
        void anInlineMapOfThousandsOfWaitingIterationsFailsAtTheCap() {
            // given
            String definition = "{'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'ItemsPath': '$.items',"
                    + " 'ItemProcessor': {'StartAt': 'W', 'States': {'W': {'Type': 'Wait', 'Seconds': 1,"
                    + " 'End': true}}}, 'End': true}}}";
            String items = "[" + "0,".repeat(9_999) + "0]";
            // when
            ExecutionResult result = execute(Engine.builder(), definition, "{'items': " + items + "}");
            // then
            assertFailedAtTheHistoryCap(result);
        }

        @Test
        void aNestedExecutionAtTheCapFailsOnlyItself() {
            // given
            String parent = "{'StartAt': 'Child', 'States': {'Child': {'Type': 'Task', 'Resource':"
                    + " 'arn:aws:states:::states:startExecution.sync:2', 'Parameters': {'StateMachineArn':"
                    + " 'arn:aws:states:us-east-1:123456789012:stateMachine:Poller'}, 'Catch': [{'ErrorEquals':"
                    + " ['States.TaskFailed'], 'ResultPath': '$.failure', 'Next': 'Caught'}], 'End': true},"
                    + " 'Caught': {'Type': 'Pass', 'End': true}}}";
            Engine.Builder builder = notDone().stateMachine("Poller", Definitions.build(json(POLLING)));
            // when
            ExecutionResult result = execute(builder, parent, "{}");
            // then
            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(result.output().at("/failure/Error").asText()).isEqualTo("States.TaskFailed");
            assertThat(result.output().at("/failure/Cause").asText()).contains("\"Status\":\"FAILED\"")
                    .contains(HISTORY_CAUSE);
        }
    }

    @Nested
    class OtherCaps {
        @Test
        void anExpressPollingLoopFailsAtTheTransitionCapWhileItsWaitIsScheduled() {
            // when
            ExecutionResult result = execute(notDone().type(StateMachineType.EXPRESS).maxStateTransitions(3_000),
                    POLLING, "{}");
            // then
            assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(result.error()).isEqualTo("States.Runtime");
            assertThat(result.cause()).isEqualTo("The execution passed the cap of 3000 state transitions "
                    + "(Engine.Builder.maxStateTransitions); is a loop missing its exit?");
        }

        @Test
        void aPollingLoopStopsAtTheVirtualDurationCapWithItsWaitScheduled() {
            // when
            ExecutionResult result = execute(notDone().type(StateMachineType.EXPRESS)
                    .maxVirtualDuration(Duration.ofHours(1)), POLLING, "{}");
            // then
            assertThat(result.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
            assertThat(result.duration()).isEqualTo(Duration.ofHours(1));
        }

        @Test
        void aDrivenExecutionEndsAtTheCapInsteadOfStalling() {
            // given
            Execution execution = notDone().build().start(Definitions.build(json(POLLING)), json("{}"));
            // when
            execution.advance(Duration.ofDays(30));
            // then
            assertThat(execution.isDone()).isTrue();
            assertThat(execution.result().cause()).isEqualTo(HISTORY_CAUSE);
        }
    }
}
