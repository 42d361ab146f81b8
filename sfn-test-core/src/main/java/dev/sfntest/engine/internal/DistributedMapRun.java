package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.sfntest.asl.MapState;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.ErrorNames;
import dev.sfntest.data.Json;
import dev.sfntest.data.StatesException;
import dev.sfntest.engine.StateMachineType;
import dev.sfntest.history.EventDetails;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.ExecutionStatus;
import dev.sfntest.history.HistoryEventType;
import dev.sfntest.engine.MapRun;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A distributed Map's Map Run: every input a child execution (STANDARD or EXPRESS) with its own
 * history and no access to the parent's variables, {@code MapRun...} events in the parent,
 * tolerated failures, and the results (or a ResultWriter's manifest) as the Map's result. A redrive
 * of the parent redrives a failed Map Run: its succeeded children keep their results, its STANDARD
 * unsuccessful children are redriven, its EXPRESS ones started again, the pending ones started.
 */
final class DistributedMapRun {
    private final ExecutionRun run;
    private StateVisit visit;
    private final MapState map;
    private final JsonNode effective;
    private final List<JsonNode> inputs;
    private MapLimits limits;
    private final String mapRunId;
    private final String mapRunArn;
    private final StateMachine processor;
    private final ExecutionRun[] children;
    private final ExecutionResult[] results;
    private final int length;
    private long mapRunStarted;
    /** The children waiting to start (or to be redriven), by index. */
    private final ArrayDeque<Integer> queue = new ArrayDeque<>();
    /** The indices of the children started, in the order they first started. */
    private final List<Integer> startOrder = new ArrayList<>();
    private int redriveCount;
    private long redriveMillis = -1;
    private int running;
    private int finished;
    private int failures;
    private boolean over;
    private String status = "RUNNING";
    private long startMillis;
    private long stopMillis = -1;
    private int resultsWritten;

    /**
     * A Map Run of {@code inputs} (items or batches); {@code length}, the number of items, is what
     * a retry's {@code MapStateStarted} reports.
     */
    DistributedMapRun(ExecutionRun run, StateVisit visit, MapState map, JsonNode effective, List<JsonNode> inputs,
            MapLimits limits, int length) {
        this.run = run;
        this.length = length;
        this.visit = visit;
        this.map = map;
        this.effective = effective;
        this.inputs = inputs;
        this.limits = limits;
        this.mapRunId = new UUID(run.random().nextLong(), run.random().nextLong()).toString();
        this.mapRunArn = ContextObject.states(run.settings()) + "mapRun:"
                + run.machineName() + "/" + label() + ":" + mapRunId;
        StateMachine parent = run.machine();
        this.processor = new StateMachine(map.processor(), null, null, parent.queryLanguage(),
                parent.source());
        this.children = new ExecutionRun[inputs.size()];
        this.results = new ExecutionResult[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            queue.add(i);
        }
    }

    private String label() {
        return map.label() != null ? map.label() : map.name();
    }

    Step launch() {
        visit.fiber.takeRedriveMemo(map); // each launch starts a new record
        startMillis = run.agenda().now();
        run.registerMapRun(this);
        mapRunStarted = visit.record(HistoryEventType.MapRunStarted, new EventDetails.MapRunStarted(mapRunArn));
        return startQueued();
    }

    private Step startQueued() {
        if (finished == inputs.size()) {
            return finish();
        }
        while (running < limits.concurrency() && !queue.isEmpty()) {
            startNext();
        }
        return Step.SUSPENDED;
    }

    /**
     * The redrive of this failed Map Run by {@code again}, the Map state entered again: records
     * {@code MapStateStarted} and {@code MapRunRedriven}, keeps the succeeded children's results and
     * runs the others.
     */
    Step redrive(StateVisit again) {
        visit = again;
        over = false;
        status = "RUNNING";
        stopMillis = -1;
        running = 0;
        finished = 0;
        failures = 0;
        redriveCount++;
        redriveMillis = run.agenda().now();
        queue.clear();
        for (int i = 0; i < inputs.size(); i++) {
            if (results[i] != null && results[i].status() == ExecutionStatus.SUCCEEDED) {
                finished++;
            } else {
                queue.add(i);
            }
        }
        visit.record(HistoryEventType.MapStateStarted, new EventDetails.MapStateStarted(length));
        mapRunStarted = visit.record(HistoryEventType.MapRunRedriven,
                new EventDetails.MapRunRedriven(mapRunArn, redriveCount));
        return startQueued();
    }

    private void startNext() {
        int index = queue.poll();
        running++;
        ExecutionRun previous = children[index];
        if (previous != null && previous.redriveRefusal(Instant.ofEpochMilli(run.agenda().now())) == null) {
            results[index] = null;
            run.agenda().schedule(run.agenda().now(), () -> {
                if (!over && !visit.fiber.isCancelled()) {
                    previous.redrive(Instant.ofEpochMilli(run.agenda().now()));
                }
            });
            return;
        }
        results[index] = null;
        if (previous == null) {
            startOrder.add(index);
        }
        StateMachineType type = "EXPRESS".equals(map.processorConfig().executionType()) ? StateMachineType.EXPRESS
                : StateMachineType.STANDARD;
        String machineAndLabel = run.machineName() + "/" + label();
        // a child started again (an EXPRESS one, or one that cannot be redriven) is a new execution
        String childName = mapRunId + "-" + index + (previous == null ? "" : "-" + redriveCount);
        String childArn = type == StateMachineType.EXPRESS
                ? ContextObject.mapRunExpressChildArn(run.settings(), machineAndLabel, mapRunId, childName) : null;
        ExecutionRun child = run.child(processor, machineAndLabel, childName, type, childArn,
                result -> ended(index, result));
        children[index] = child;
        run.agenda().schedule(run.agenda().now(), () -> {
            if (!over && !visit.fiber.isCancelled()) {
                child.start(inputs.get(index));
            }
        });
    }

    private void ended(int index, ExecutionResult result) {
        if (over) {
            return;
        }
        results[index] = result;
        running--;
        finished++;
        if (result.status() != ExecutionStatus.SUCCEEDED) {
            failures++;
            if (limits.exceededWithDefaultZero(failures, inputs.size())) {
                over = true;
                ended("FAILED");
                visit.fiber.rememberForRedrive(new RedriveMemo(map, List.of(), this));
                for (ExecutionRun child : children) {
                    if (child != null && child.result() == null) {
                        child.abort(null, "The Map Run was aborted");
                    }
                }
                StatesException error = new StatesException(ErrorNames.EXCEED_TOLERATED_FAILURE_THRESHOLD,
                        "The specified tolerated failure threshold was exceeded");
                run.agenda().schedule(run.agenda().now(), () -> visit.fiber.resume(() -> {
                    visit.record(HistoryEventType.MapRunFailed, new EventDetails.Failure(error.error(), error.cause()));
                    return MapRunner.failMap(visit, map, new Step.Failed(error, false), this::retry);
                }));
                return;
            }
        }
        if (!queue.isEmpty()) {
            startNext();
        } else if (finished == inputs.size()) {
            run.agenda().schedule(run.agenda().now(), () -> visit.fiber.resume(this::finish));
        }
    }

    private Step retry() {
        visit.record(HistoryEventType.MapStateStarted, new EventDetails.MapStateStarted(length));
        return new DistributedMapRun(run, visit, map, effective, inputs, limits, length).launch();
    }

    private Step finish() {
        ended("SUCCEEDED");
        resultsWritten = map.resultWriter() == null ? 0 : length;
        // AWS (recordings of 2024-11 and 2024-12): MapRunSucceeded follows MapRunStarted,
        // MapStateSucceeded follows MapRunSucceeded, MapStateExited follows MapRunStarted
        visit.record(HistoryEventType.MapRunSucceeded, new EventDetails.None());
        visit.fiber.recordAside(HistoryEventType.MapStateSucceeded, new EventDetails.None());
        visit.fiber.follow(mapRunStarted);
        JsonNode result;
        if (map.resultWriter() != null) {
            result = ResultWriters.write(visit, map, effective, mapRunArn, mapRunId, inputs, children, results);
        } else {
            ArrayNode array = Json.nodes().arrayNode(results.length);
            for (ExecutionResult child : results) {
                array.add(child.succeeded() ? child.output() : errorOutput(child));
            }
            result = array;
        }
        try {
            return ResultFlow.exit(visit, map.handling(), result);
        } catch (StatesException e) {
            Step.Failed failure = new Step.Failed(e, ErrorNames.RUNTIME.equals(e.error()));
            return failure.terminal() ? failure : ErrorRecovery.recover(visit, map.handling(), e, this::retry);
        }
    }

    private void ended(String how) {
        status = how;
        stopMillis = run.agenda().now();
    }

    String mapRunArn() {
        return mapRunArn;
    }

    /**
     * UpdateMapRun: new limits for the child executions not started yet and the failures to come;
     * {@code null} keeps a setting, a concurrency of 0 lifts the limit.
     */
    void update(Integer maxConcurrency, Double toleratedPercentage, Long toleratedCount) {
        int concurrency = maxConcurrency == null ? limits.concurrency()
                : maxConcurrency == 0 ? MapRunner.DISTRIBUTED_CONCURRENCY_LIMIT : maxConcurrency;
        limits = new MapLimits(concurrency, toleratedCount == null ? limits.toleratedCount() : toleratedCount,
                toleratedPercentage == null ? limits.toleratedPercentage() : toleratedPercentage);
        run.agenda().schedule(run.agenda().now(), () -> {
            while (!over && "RUNNING".equals(status) && running < limits.concurrency() && !queue.isEmpty()
                    && !visit.fiber.isCancelled()) {
                startNext();
            }
        });
    }

    /** What DescribeMapRun and ListExecutions of the Map Run show. */
    MapRun view() {
        boolean aborted = "RUNNING".equals(status) && (visit.fiber.isCancelled() || run.result() != null);
        List<MapRun.Child> started = new ArrayList<>();
        for (int i : startOrder) {
            ExecutionRun child = children[i];
            ExecutionResult result = child.result();
            String childStatus = result != null ? result.status().name() : aborted ? "ABORTED" : "RUNNING";
            started.add(new MapRun.Child(child.executionName(), child.executionArn(), childStatus,
                    Instant.ofEpochMilli(child.startMillis()), result == null ? null : result.stopDate(),
                    itemsOf(i), inputs.get(i), result, result != null ? result.history() : child.historySoFar(),
                    child.redriveCount()));
        }
        int pendingItems = 0;
        int pendingExecutions = 0;
        for (int i : queue) {
            if (children[i] == null) {
                pendingItems += itemsOf(i);
                pendingExecutions++;
            }
        }
        Instant stop = stopMillis >= 0 ? Instant.ofEpochMilli(stopMillis)
                : aborted && run.result() != null ? run.result().stopDate() : null;
        int shownConcurrency = limits.concurrency() >= MapRunner.DISTRIBUTED_CONCURRENCY_LIMIT ? 0
                : limits.concurrency();
        return new MapRun(mapRunArn, ContextObject.stateMachineArn(run.settings(), run.machineName() + "/" + label()),
                aborted ? "ABORTED" : status, Instant.ofEpochMilli(startMillis), stop, shownConcurrency,
                Math.max(0, limits.toleratedPercentage()), Math.max(0, limits.toleratedCount()), length,
                pendingExecutions, pendingItems, started, resultsWritten, redriveCount,
                redriveMillis < 0 ? null : Instant.ofEpochMilli(redriveMillis));
    }

    private int itemsOf(int index) {
        return map.itemBatcher() == null ? 1 : Math.max(1, inputs.get(index).path("Items").size());
    }

    static JsonNode errorOutput(ExecutionResult child) {
        return ErrorRecovery.errorOutput(new StatesException(child.error(), child.cause()));
    }
}
