package dev.sfntest.history;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.StateMachine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What an execution produced: status, output or error and cause, and the whole history.
 *
 * <pre>{@code
 * ExecutionResult result = engine.execute(machine, input);
 * if (result.status() == ExecutionStatus.FAILED) {
 *     System.err.println(result.error() + ": " + result.cause());
 * }
 * }</pre>
 *
 * @param status how it ended
 * @param output the output when it succeeded, otherwise {@code null}
 * @param error the error name when it failed, or {@code null} (AWS reports none)
 * @param cause the cause when it failed, or {@code null}
 * @param startDate the virtual start instant
 * @param stopDate the virtual stop instant
 * @param history every event, in order
 * @param stateMachine the definition that ran, or {@code null} when unknown (a result built by
 *     hand); assertions check the state names they are given against it
 */
@API(status = STABLE)
public record ExecutionResult(ExecutionStatus status, JsonNode output, String error, String cause,
        Instant startDate, Instant stopDate, List<HistoryEvent> history, StateMachine stateMachine) {

    /** Copies the list into an unmodifiable one. */
    public ExecutionResult {
        history = HistoryList.copyOf(history);
    }

    /** A result whose definition is unknown. */
    public ExecutionResult(ExecutionStatus status, JsonNode output, String error, String cause, Instant startDate,
            Instant stopDate, List<HistoryEvent> history) {
        this(status, output, error, cause, startDate, stopDate, history, null);
    }

    /** Virtual time from start to stop. */
    public Duration duration() {
        return Duration.between(startDate, stopDate);
    }

    /** Whether the execution succeeded. */
    public boolean succeeded() {
        return status == ExecutionStatus.SUCCEEDED;
    }

    /** The status, output or error and cause, times and the number of events (not every event, nor the definition). */
    @Override
    public String toString() {
        return "ExecutionResult[status=" + status + (output == null ? "" : ", output=" + output)
                + (error == null ? "" : ", error=" + error) + (cause == null ? "" : ", cause=" + cause)
                + ", startDate=" + startDate + ", stopDate=" + stopDate + ", " + history.size() + " events]";
    }
}
