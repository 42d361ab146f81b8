package dev.sfntest.history;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** AWS's history event types, spelt as GetExecutionHistory spells them. */
@API(status = STABLE)
public enum HistoryEventType {
    ActivityFailed, ActivityScheduled, ActivityScheduleFailed, ActivityStarted, ActivitySucceeded,
    ActivityTimedOut,
    ChoiceStateEntered, ChoiceStateExited,
    EvaluationFailed,
    ExecutionAborted, ExecutionFailed, ExecutionRedriven, ExecutionStarted, ExecutionSucceeded, ExecutionTimedOut,
    FailStateEntered,
    LambdaFunctionFailed, LambdaFunctionScheduled, LambdaFunctionScheduleFailed, LambdaFunctionStarted,
    LambdaFunctionStartFailed, LambdaFunctionSucceeded, LambdaFunctionTimedOut,
    MapIterationAborted, MapIterationFailed, MapIterationStarted, MapIterationSucceeded,
    MapStateAborted, MapStateEntered, MapStateExited, MapStateFailed, MapStateStarted, MapStateSucceeded,
    MapRunAborted, MapRunFailed, MapRunRedriven, MapRunStarted, MapRunSucceeded,
    ParallelStateAborted, ParallelStateEntered, ParallelStateExited, ParallelStateFailed, ParallelStateStarted,
    ParallelStateSucceeded,
    PassStateEntered, PassStateExited,
    SucceedStateEntered, SucceedStateExited,
    TaskFailed, TaskScheduled, TaskStarted, TaskStartFailed, TaskStateAborted, TaskStateEntered, TaskStateExited,
    TaskSubmitFailed, TaskSubmitted, TaskSucceeded, TaskTimedOut,
    WaitStateAborted, WaitStateEntered, WaitStateExited;

    /**
     * The name of the field holding this event's details in GetExecutionHistory, for example
     * {@code stateEnteredEventDetails} for every {@code ...StateEntered} type.
     */
    public String detailsField() {
        String name = name();
        if (name.endsWith("StateEntered")) {
            return "stateEnteredEventDetails";
        }
        if (name.endsWith("StateExited")) {
            return "stateExitedEventDetails";
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1) + "EventDetails";
    }
}
