package dev.sfntest.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.Json;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.HistoryEvent;
import dev.sfntest.history.HistoryJson;
import java.util.List;

/** Definitions and history views for the timeout tests: events as AWS prints them, less id and timestamp. */
final class TimeoutFixture {
    static final String INVOKE = "arn:aws:states:::lambda:invoke";
    static final String CALLBACK = "arn:aws:states:::sqs:sendMessage.waitForTaskToken";
    static final String FUNCTION = "arn:aws:lambda:us-east-1:123456789012:function:work";
    static final String ACTIVITY = "arn:aws:states:us-east-1:123456789012:activity:review";

    private TimeoutFixture() {
    }

    static StateMachine machine(String definition) {
        return Definitions.build(EngineFixture.json(definition));
    }

    /** One Task state {@code T} calling {@code resource}, with more fields and Catch/Retry in {@code extra}. */
    static StateMachine task(String resource, String extra) {
        return machine("{'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': '" + resource + "'"
                + extra + ", 'End': true}}}");
    }

    /**
     * A Task {@code T} with {@code fields} whose Catch sends {@code errorEquals} to {@code Handled},
     * a Pass state that keeps the error output at {@code $.error}.
     */
    static StateMachine caught(String resource, String fields, String errorEquals) {
        return machine("{'StartAt': 'T', 'States': {'T': {'Type': 'Task', 'Resource': '" + resource + "'" + fields
                + ", 'Catch': [{'ErrorEquals': " + errorEquals + ", 'ResultPath': '$.error', 'Next': 'Handled'}],"
                + " 'End': true}, 'Handled': {'Type': 'Pass', 'End': true}}}");
    }

    /** {@code Type {details}} for each event from {@code from} (1-based id) on. */
    static List<String> from(ExecutionResult result, int from) {
        return result.history().stream().filter(e -> e.id() >= from).map(TimeoutFixture::describe).toList();
    }

    /** {@code Type {details}}, the details as GetExecutionHistory prints them. */
    static String describe(HistoryEvent event) {
        ObjectNode node = HistoryJson.event(event);
        String field = event.type().detailsField();
        return event.type().name() + (node.has(field) ? " " + Json.write(node.get(field)) : "");
    }

    /** A handler that answers every task after {@code seconds} of virtual time, with its input. */
    static TaskHandler slow(long seconds) {
        return invocation -> TaskOutcome.success(invocation.input()).after(java.time.Duration.ofSeconds(seconds));
    }
}
