package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.ChoiceBranch;
import dev.sfntest.asl.ChoiceState;
import dev.sfntest.asl.ErrorHandling;
import dev.sfntest.asl.FailState;
import dev.sfntest.asl.MapState;
import dev.sfntest.asl.ParallelState;
import dev.sfntest.asl.PassState;
import dev.sfntest.asl.State;
import dev.sfntest.asl.SucceedState;
import dev.sfntest.asl.TaskState;
import dev.sfntest.asl.WaitState;
import dev.sfntest.data.DataContext;
import dev.sfntest.data.ErrorNames;
import dev.sfntest.data.StatesException;
import dev.sfntest.history.EventDetails;
import dev.sfntest.history.HistoryEventType;
import java.util.Map;

/** Enters states: records the entered event, then runs the state's type. */
final class Interpreter {
    private final ExecutionRun run;
    private final TaskRunner tasks;
    private final WaitRunner waits;
    private final ParallelRunner parallels;
    private final MapRunner maps;

    Interpreter(ExecutionRun run) {
        this.run = run;
        this.tasks = new TaskRunner(run);
        this.waits = new WaitRunner();
        this.parallels = new ParallelRunner(run);
        this.maps = new MapRunner(run);
    }

    /** Enters {@code state} with {@code input} and runs it as far as it goes without waiting. */
    Step enter(Fiber fiber, State state, JsonNode input) {
        run.countTransition();
        long before = fiber.lastEventId();
        long entered = fiber.record(enteredType(state), new EventDetails.StateEntered(state.name(), input));
        StateVisit visit = new StateVisit(fiber, state, input, entered, before, run.formattedNow());
        return run(visit);
    }

    /**
     * Runs the visited state; its own errors go to its Retry and Catch when it has them. A Map or
     * Parallel state's own error (its Items, its limits) records {@code MapStateFailed} or
     * {@code ParallelStateFailed} when it is not retried, as AWS records it after an
     * {@code EvaluationFailed}.
     */
    private Step run(StateVisit visit) {
        State state = visit.state;
        try {
            return dispatch(visit, state);
        } catch (StatesException e) {
            if (ErrorNames.RUNTIME.equals(e.error())) {
                return new Step.Failed(e, true);
            }
            Runnable failedEvent = failedEvent(visit);
            ErrorHandling handling = state.handling();
            if (handling == null) {
                failedEvent.run();
                return new Step.Failed(e, false);
            }
            return ErrorRecovery.recover(visit, handling, e, () -> run(visit), failedEvent);
        }
    }

    private static Runnable failedEvent(StateVisit visit) {
        HistoryEventType type = switch (visit.state.type()) {
            case "Map" -> HistoryEventType.MapStateFailed;
            case "Parallel" -> HistoryEventType.ParallelStateFailed;
            default -> null;
        };
        return type == null ? () -> { } : () -> visit.record(type, new EventDetails.None());
    }

    private Step dispatch(StateVisit visit, State state) {
        if (state instanceof PassState pass) {
            return pass(visit, pass);
        } else if (state instanceof TaskState task) {
            return tasks.start(visit, task);
        } else if (state instanceof ChoiceState choice) {
            return choice(visit, choice);
        } else if (state instanceof WaitState wait) {
            return waits.start(visit, wait);
        } else if (state instanceof SucceedState) {
            return succeed(visit);
        } else if (state instanceof FailState fail) {
            return fail(visit, fail);
        } else if (state instanceof ParallelState parallel) {
            return parallels.start(visit, parallel);
        } else {
            return maps.start(visit, (MapState) state);
        }
    }

    private Step pass(StateVisit visit, PassState pass) {
        if (visit.isJsonata()) {
            JsonNode output = visit.jsonata(pass.common().output(), "Output", null);
            Map<String, JsonNode> assigned = visit.assignments(pass.common().assign(), "Assign", null, null);
            return visit.exit(output != null ? output : visit.rawInput, assigned);
        }
        JsonNode effective = visit.effectiveInput();
        JsonNode result;
        if (pass.result() != null) {
            result = pass.result();
        } else if (pass.parameters() != null) {
            result = visit.evaluate(pass.parameters(), effective);
        } else {
            result = effective;
        }
        Map<String, JsonNode> assigned = visit.assignments(pass.common().assign(), "Assign", result, null);
        return visit.exit(visit.output(visit.placeResult(pass.resultPath(), result)), assigned);
    }

    private Step succeed(StateVisit visit) {
        if (visit.isJsonata()) {
            JsonNode output = visit.jsonata(visit.common().output(), "Output", null);
            return visit.exitTo(null, output != null ? output : visit.rawInput, Map.of());
        }
        return visit.exitTo(null, visit.output(visit.effectiveInput()), Map.of());
    }

    private Step choice(StateVisit visit, ChoiceState choice) {
        JsonNode effective = visit.isJsonata() ? visit.rawInput : visit.effectiveInput();
        int matched = visit.isJsonata() ? ChoiceConditions.firstMatch(visit, choice)
                : firstJsonPathMatch(visit, choice, effective);
        if (matched < 0 && choice.defaultNext() == null) {
            return new Step.Failed(new StatesException(ErrorNames.NO_CHOICE_MATCHED, "No choice rule of the state '"
                    + choice.name() + "' matched its input, and it has no Default"), false);
        }
        String next = matched < 0 ? choice.defaultNext() : choice.choices().get(matched).next();
        ChoiceBranch branch = matched < 0 ? null : choice.choices().get(matched);
        boolean ruleAssigns = branch != null && branch.assign() != null;
        Map<String, JsonNode> assigned = ruleAssigns
                ? visit.assignments(branch.assign(), "Choices[" + matched + "]/Assign", effective, null)
                : visit.assignments(choice.common().assign(), "Assign", effective, null);
        JsonNode output;
        if (visit.isJsonata()) {
            boolean ruleOutputs = branch != null && branch.output() != null;
            output = ruleOutputs ? visit.jsonata(branch.output(), "Choices[" + matched + "]/Output", null)
                    : visit.jsonata(choice.common().output(), "Output", null);
            output = output != null ? output : visit.rawInput;
        } else {
            output = visit.output(effective);
        }
        return visit.exitTo(next, output, assigned);
    }

    private static int firstJsonPathMatch(StateVisit visit, ChoiceState choice, JsonNode effective) {
        DataContext data = visit.data(effective);
        for (int i = 0; i < choice.choices().size(); i++) {
            try {
                if (ChoiceEvaluator.matches(choice.choices().get(i).rule(), data)) {
                    return i;
                }
            } catch (StatesException e) {
                throw visit.located(e);
            }
        }
        return -1;
    }

    private Step fail(StateVisit visit, FailState fail) {
        JsonNode input = visit.rawInput;
        String error;
        String cause;
        if (visit.isJsonata()) {
            error = FailPaths.text(visit, visit.jsonata(fail.error(), "Error", null), "Error");
            cause = FailPaths.text(visit, visit.jsonata(fail.cause(), "Cause", null), "Cause");
        } else {
            error = fail.error() != null ? fail.error().source().asText() : null;
            cause = fail.cause() != null ? fail.cause().source().asText() : null;
            if (fail.errorPath() != null) {
                error = FailPaths.read(visit, fail.errorPath(), "ErrorPath", input);
            }
            if (fail.causePath() != null) {
                cause = FailPaths.read(visit, fail.causePath(), "CausePath", input);
            }
        }
        return new Step.Failed(new StatesException(error, cause), false);
    }

    static HistoryEventType enteredType(State state) {
        return switch (state.type()) {
            case "Pass" -> HistoryEventType.PassStateEntered;
            case "Task" -> HistoryEventType.TaskStateEntered;
            case "Choice" -> HistoryEventType.ChoiceStateEntered;
            case "Wait" -> HistoryEventType.WaitStateEntered;
            case "Succeed" -> HistoryEventType.SucceedStateEntered;
            case "Fail" -> HistoryEventType.FailStateEntered;
            case "Parallel" -> HistoryEventType.ParallelStateEntered;
            default -> HistoryEventType.MapStateEntered;
        };
    }

    static HistoryEventType exitedType(State state) {
        return switch (state.type()) {
            case "Pass" -> HistoryEventType.PassStateExited;
            case "Task" -> HistoryEventType.TaskStateExited;
            case "Choice" -> HistoryEventType.ChoiceStateExited;
            case "Wait" -> HistoryEventType.WaitStateExited;
            case "Succeed" -> HistoryEventType.SucceedStateExited;
            case "Parallel" -> HistoryEventType.ParallelStateExited;
            default -> HistoryEventType.MapStateExited;
        };
    }
}
