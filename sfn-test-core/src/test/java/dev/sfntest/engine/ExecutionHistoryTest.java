package dev.sfntest.engine;

import static dev.sfntest.engine.EngineFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.asl.Definitions;
import dev.sfntest.history.HistoryEvent;
import dev.sfntest.history.HistoryEventType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Execution#history()}: the events so far, also while the execution waits. */
class ExecutionHistoryTest {
    @Test
    void a_waiting_execution_shows_its_history_so_far_then_the_whole_history() {
        Engine engine = Engine.builder().taskHandler(invocation -> TaskOutcome.pending()).build();
        Execution execution = engine.start(Definitions.build(json("{'StartAt': 'Ask', 'States': "
                + "{'Ask': {'Type': 'Task', 'Resource': 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',"
                + " 'Parameters': {'QueueUrl': 'q', 'MessageBody.$': '$$.Task.Token'}, 'End': true}}}")), json("{}"))
                .runUntilWaiting();

        List<HistoryEvent> sofar = execution.history();
        execution.sendTaskSuccess(execution.pendingTasks().get(0).token(), json("{}")).runToEnd();

        assertThat(sofar).extracting(HistoryEvent::type).containsExactly(HistoryEventType.ExecutionStarted,
                HistoryEventType.TaskStateEntered, HistoryEventType.TaskScheduled, HistoryEventType.TaskStarted,
                HistoryEventType.TaskSubmitted);
        assertThatThrownBy(() -> sofar.add(sofar.get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(execution.history()).isEqualTo(execution.result().history());
        assertThat(execution.history()).last().extracting(HistoryEvent::type)
                .isEqualTo(HistoryEventType.ExecutionSucceeded);
    }
}
