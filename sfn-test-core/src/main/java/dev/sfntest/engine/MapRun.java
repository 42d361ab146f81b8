package dev.sfntest.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.HistoryEvent;
import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A distributed Map's Map Run as DescribeMapRun reports it: its settings, its child executions and
 * how many items each ran. {@link Execution#mapRuns()} lists them in the order they started.
 *
 * <pre>{@code
 * MapRun run = execution.mapRuns().get(0);
 * long failedItems = run.executions().stream()
 *         .filter(child -> "FAILED".equals(child.status())).mapToLong(MapRun.Child::items).sum();
 * }</pre>
 *
 * @param mapRunArn its ARN ({@code arn:aws:states:REGION:ACCOUNT:mapRun:MACHINE/LABEL:ID})
 * @param stateMachineArn the ARN its child executions run under ({@code ...:stateMachine:MACHINE/LABEL})
 * @param status {@code RUNNING}, {@code SUCCEEDED}, {@code FAILED} or {@code ABORTED}
 * @param startDate when it started
 * @param stopDate when it ended, or {@code null} while it runs
 * @param maxConcurrency child executions at once, 0 for no limit
 * @param toleratedFailurePercentage failures tolerated in percent, 0 when not set
 * @param toleratedFailureCount failures tolerated, 0 when not set
 * @param items the number of items
 * @param pendingExecutions child executions not started yet
 * @param pendingItems items of those
 * @param executions the child executions started, in the order they started
 * @param resultsWritten items whose results a ResultWriter wrote
 * @param redriveCount how many times a redrive of the parent execution redrove it
 * @param redriveDate when it was redriven last, or {@code null}
 */
@API(status = EXPERIMENTAL)
public record MapRun(String mapRunArn, String stateMachineArn, String status, Instant startDate, Instant stopDate,
        int maxConcurrency, double toleratedFailurePercentage, long toleratedFailureCount, int items,
        int pendingExecutions, int pendingItems, List<Child> executions, int resultsWritten, int redriveCount,
        Instant redriveDate) {

    /** Copies the list. */
    public MapRun {
        executions = List.copyOf(executions);
    }

    /**
     * One child execution.
     *
     * @param name its name
     * @param executionArn its ARN
     * @param status {@code RUNNING}, {@code SUCCEEDED}, {@code FAILED}, {@code TIMED_OUT} or {@code ABORTED}
     * @param startDate when it started
     * @param stopDate when it ended, or {@code null}
     * @param items the items it ran (more than one with an ItemBatcher)
     * @param input its input (the item, or the batch, as the ItemSelector made it)
     * @param result its result once it ended, else {@code null}
     * @param history its events so far (AWS's GetExecutionHistory of the child execution)
     * @param redriveCount how many times the Map Run's redrives redrove it (a STANDARD child)
     */
    public record Child(String name, String executionArn, String status, Instant startDate, Instant stopDate,
            int items, JsonNode input, ExecutionResult result, List<HistoryEvent> history, int redriveCount) {
    }
}
