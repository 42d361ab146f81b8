package dev.sfntest.engine.internal;

import dev.sfntest.asl.State;
import dev.sfntest.engine.StateMachineType;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.ExecutionStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * When RedriveExecution is refused: AWS's reasons (an execution that is running or succeeded, an
 * EXPRESS one, one past 14 days, its history or its duration limit), and what sfn-test does not
 * redrive yet (an execution that failed before entering any state). A failed Parallel or Map is
 * redriven by running its unsuccessful branches, iterations or child executions only (see
 * {@link RedriveMemo}).
 */
final class Redrives {
    /** How long after it ended AWS still redrives an execution. */
    static final Duration PERIOD = Duration.ofDays(14);

    private Redrives() {
    }

    /** The reason, or {@code null} when {@code run} can be redriven at {@code instant}. */
    static String refusal(ExecutionRun run, Fiber root, Instant instant) {
        ExecutionResult result = run.result();
        if (run.type() != StateMachineType.STANDARD) {
            return "Execution of an EXPRESS state machine cannot be redriven";
        }
        if (result == null) {
            return "Execution is RUNNING and cannot be redriven";
        }
        if (result.status() == ExecutionStatus.SUCCEEDED) {
            return "Execution is SUCCEEDED and cannot be redriven";
        }
        if (run.history().size() >= HistoryRecorder.STANDARD_EVENT_LIMIT - 1) {
            return "Execution history event limit exceeded";
        }
        if (instant.toEpochMilli() >= run.deadline()) {
            return "Execution has exceeded the max execution time";
        }
        if (instant.isAfter(result.stopDate().plus(PERIOD))) {
            return "Execution redrivable period exceeded";
        }
        State failed = root == null ? null : root.lastEntered();
        if (failed == null) {
            return "sfn-test cannot redrive an execution that failed before it entered a state";
        }
        return null;
    }
}
