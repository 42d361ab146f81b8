package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.TaskState;
import dev.sfntest.data.ErrorNames;
import dev.sfntest.data.StatesException;
import dev.sfntest.engine.TaskInvocation;
import dev.sfntest.engine.TaskOutcome;
import dev.sfntest.engine.UnmockedTaskException;

/**
 * Task states: the task input, the handler's outcome (or a nested execution, a callback, an
 * activity worker) in virtual time, then the result's data flow, Retry and Catch.
 */
final class TaskRunner {
    /** The worker name recorded when a handler answers an activity task. */
    static final String SCRIPTED_WORKER = "sfn-test-worker";

    private final ExecutionRun run;
    private final ChildExecutions children;

    TaskRunner(ExecutionRun run) {
        this.run = run;
        this.children = new ChildExecutions(run);
    }

    Step start(StateVisit visit, TaskState task) {
        JsonNode effective = visit.isJsonata() ? visit.rawInput : visit.effectiveInput();
        return attempt(visit, task, effective);
    }

    private Step attempt(StateVisit visit, TaskState task, JsonNode effective) {
        Resources resource = Resources.describe(task.resource());
        visit.taskToken = resource.hasToken() ? run.newTaskToken() : null;
        JsonNode input;
        TaskLimits limits;
        try {
            input = taskInput(visit, task, effective);
            limits = TaskLimits.resolve(visit, task, effective);
        } catch (StatesException e) {
            return failed(visit, task, effective, e);
        }
        TaskEvents.scheduled(visit, resource, input, limits);
        TaskAttempt attempt = new TaskAttempt(this, visit, task, resource, effective, input, limits, visit.taskToken);
        if (SdkCallbacks.handles(resource, input, run.callbacks())) {
            TaskEvents.started(visit, resource, null);
            return attempt.begin(SdkCallbacks.call(run, resource, input));
        }
        if (children.handles(input, resource)) {
            return attempt.begin(children.start(attempt));
        }
        TaskOutcome outcome = dispatch(visit, task, resource, input);
        if (outcome == null) {
            return attempt.awaitWorker();
        }
        TaskEvents.started(visit, resource, SCRIPTED_WORKER);
        return attempt.begin(outcome);
    }

    /** The handler's outcome; {@code null} for an activity nobody scripted (a worker will poll it). */
    private TaskOutcome dispatch(StateVisit visit, TaskState task, Resources resource, JsonNode input) {
        TaskInvocation invocation = new TaskInvocation(task.name(), task.resource(), input,
                run.nextInvocation(task.name()), visit.retryCount, run.history().instant(),
                visit.data(input).context());
        if (resource.kind() != Resources.Kind.ACTIVITY) {
            return run.dispatch(invocation);
        }
        try {
            return run.handlerOutcome(invocation);
        } catch (UnmockedTaskException e) {
            return null;
        }
    }

    private static JsonNode taskInput(StateVisit visit, TaskState task, JsonNode effective) {
        if (visit.isJsonata()) {
            JsonNode arguments = visit.jsonata(task.arguments(), "Arguments", null);
            return visit.limitedInput(arguments != null ? arguments : effective);
        }
        return visit.limitedInput(task.parameters() != null ? visit.evaluate(task.parameters(), effective) : effective);
    }

    /** The attempt ended with the task's outcome. */
    Step complete(TaskAttempt attempt, TaskOutcome outcome) {
        StateVisit visit = attempt.visit;
        if (outcome instanceof TaskOutcome.Failure failure) {
            StatesException error = new StatesException(failure.error(), failure.cause());
            TaskEvents.failed(visit, attempt.resource, error, false);
            return recover(visit, attempt.task, attempt.effective, error);
        }
        JsonNode result = ((TaskOutcome.Success) outcome).result();
        if (PayloadLimit.exceeds(result)) {
            StatesException error = new StatesException(ErrorNames.DATA_LIMIT_EXCEEDED,
                    PayloadLimit.stateCause(attempt.resource.resourceType()));
            TaskEvents.failed(visit, attempt.resource, error, false);
            return recover(visit, attempt.task, attempt.effective, error);
        }
        TaskEvents.succeeded(visit, attempt.resource, result);
        try {
            return ResultFlow.exit(visit, attempt.task.handling(), result);
        } catch (StatesException e) {
            return failed(visit, attempt.task, attempt.effective, e);
        }
    }

    /** The attempt passed its TimeoutSeconds or ({@code heartbeat}) its HeartbeatSeconds. */
    Step timedOut(TaskAttempt attempt, boolean heartbeat) {
        StatesException timeout = new TaskTimeout(heartbeat);
        TaskEvents.failed(attempt.visit, attempt.resource, timeout, true);
        return recover(attempt.visit, attempt.task, attempt.effective, timeout);
    }

    /** A failure raised by the state's own data flow: runtime errors end the execution. */
    private Step failed(StateVisit visit, TaskState task, JsonNode effective, StatesException error) {
        if (ErrorNames.RUNTIME.equals(error.error())) {
            return new Step.Failed(error, true);
        }
        return recover(visit, task, effective, error);
    }

    private Step recover(StateVisit visit, TaskState task, JsonNode effective, StatesException error) {
        return ErrorRecovery.recover(visit, task.handling(), error, () -> attempt(visit, task, effective));
    }
}
