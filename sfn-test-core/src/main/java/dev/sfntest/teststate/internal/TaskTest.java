package dev.sfntest.teststate.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.TaskState;
import dev.sfntest.data.StatesException;
import dev.sfntest.engine.TaskHandler;
import dev.sfntest.engine.TaskInvocation;
import dev.sfntest.engine.TaskOutcome;
import dev.sfntest.teststate.TestStateException;
import java.time.Instant;

/** A Task state under TestState: its input processing, the mocked (or handled) result, its result processing. */
final class TaskTest {
    private TaskTest() {
    }

    static Ending run(StateData data, TaskState task, Inspection inspection, MockedOutcome mock, TaskHandler handler,
            int retryCount, Instant now) {
        JsonNode taskInput;
        if (data.isJsonata()) {
            JsonNode arguments = data.jsonata(task.arguments(), "Arguments", null);
            taskInput = arguments != null ? arguments : data.rawInput;
            inspection.afterArguments = taskInput;
        } else {
            JsonNode effective = data.select(task.common().inputPath(), data.rawInput);
            inspection.afterInputPath = effective;
            taskInput = task.parameters() != null ? data.evaluate(task.parameters(), effective) : effective;
            inspection.afterParameters = taskInput;
        }
        JsonNode result = mock.isMocked() ? mock.result()
                : invoke(task, taskInput, handler, retryCount, now, data.context);
        inspection.result = result;
        return ResultSteps.finish(data, task.handling(), result, inspection);
    }

    private static JsonNode invoke(TaskState task, JsonNode input, TaskHandler handler, int retryCount, Instant now,
            JsonNode context) {
        TaskOutcome outcome = handler == null ? null : handler.handle(new TaskInvocation(task.name(), task.resource(),
                input, 0, retryCount, now, context));
        if (outcome instanceof TaskOutcome.Success success) {
            return success.result();
        }
        if (outcome instanceof TaskOutcome.Failure failure) {
            throw new StatesException(failure.error(), failure.cause());
        }
        throw TestStateException.validation("The Task state '" + task.name() + "' (" + task.resource()
                + ") has no mock, and sfn-test calls no AWS service: set mock.result or mock.errorOutput, "
                + "or pass a TaskHandler to TestStates.run to answer it");
    }
}
