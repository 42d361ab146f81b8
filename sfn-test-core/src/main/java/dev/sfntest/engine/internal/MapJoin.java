package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.sfntest.asl.MapState;
import dev.sfntest.data.ErrorNames;
import dev.sfntest.data.Json;
import dev.sfntest.data.StatesException;
import dev.sfntest.history.EventDetails;
import dev.sfntest.history.HistoryEventType;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a Map state's iterations as fibers, at most {@code concurrency} at once, and resumes the Map.
 * Links as AWS records them: the first iteration follows {@code MapStateStarted}, each later one
 * the last state event of the iteration that ended before it (not its {@code MapIterationSucceeded});
 * {@code MapStateSucceeded} follows the last {@code MapIterationSucceeded}, and
 * {@code MapStateExited} follows that same event; a failed iteration's last state event is what
 * {@code MapStateFailed}, or the retry's {@code MapStateStarted}, follows. A redrive of a failed
 * Map runs only the iterations that did not succeed (see {@link RedriveMemo}).
 */
final class MapJoin implements FiberListener {
    private final ExecutionRun run;
    private final StateVisit visit;
    private final MapState map;
    private final JsonNode effective;
    private final JsonNode items;
    private final MapLimits limits;
    private final Fiber[] iterations;
    private final JsonNode[] results;
    private final boolean[] succeeded;
    /** What a redrive keeps of the failed attempt, or {@code null}. */
    private RedriveMemo kept;
    private int nextIndex;
    private int running;
    private int finished;
    private int failures;
    private boolean over;
    /** The last state event of the iteration that ended last, or -1 before any ended. */
    private long endedIterationTail = -1;
    /** The {@code MapIterationSucceeded} recorded last, or -1. */
    private long lastIterationEnd = -1;

    MapJoin(ExecutionRun run, StateVisit visit, MapState map, JsonNode effective, JsonNode items, MapLimits limits) {
        this.run = run;
        this.visit = visit;
        this.map = map;
        this.effective = effective;
        this.items = items;
        this.limits = limits;
        this.iterations = new Fiber[items.size()];
        this.results = new JsonNode[items.size()];
        this.succeeded = new boolean[items.size()];
    }

    Step launch() {
        visit.record(HistoryEventType.MapStateStarted, new EventDetails.MapStateStarted(items.size()));
        kept = visit.fiber.takeRedriveMemo(map);
        if (items.isEmpty()) {
            return finish();
        }
        if (kept != null) {
            for (int i = 0; i < iterations.length; i++) {
                RedriveMemo.Branch before = kept.branch(i);
                if (before != null && before.succeeded()) {
                    results[i] = before.output();
                    succeeded[i] = true;
                    finished++;
                }
            }
            skipKept();
            if (finished == iterations.length) {
                return finish();
            }
        }
        while (running < limits.concurrency() && nextIndex < iterations.length) {
            startNext();
        }
        return Step.SUSPENDED;
    }

    /** Moves past the iterations a redrive keeps. */
    private void skipKept() {
        while (nextIndex < iterations.length && succeeded[nextIndex]) {
            nextIndex++;
        }
    }

    private void startNext() {
        int index = nextIndex++;
        skipKept();
        running++;
        RedriveMemo.Branch before = kept == null ? null : kept.branch(index);
        run.agenda().schedule(run.agenda().now(), () -> {
            if (over || visit.fiber.isCancelled()) {
                return;
            }
            long after = endedIterationTail >= 0 ? endedIterationTail : visit.fiber.lastEventId();
            Fiber iteration = new Fiber(run, map.processor(), visit.fiber, this, index, after,
                    before != null && before.variables() != null ? before.variables() : visit.fiber.variables().child());
            iterations[index] = iteration;
            iteration.record(HistoryEventType.MapIterationStarted, new EventDetails.MapIteration(map.name(), index));
            JsonNode input;
            try {
                input = MapRunner.iterationInput(visit, map, effective, items.get(index), index);
            } catch (StatesException e) {
                failed(iteration, new Step.Failed(e, ErrorNames.RUNTIME.equals(e.error())));
                return;
            }
            if (before != null) {
                before.resume(iteration, input);
            } else {
                iteration.start(input);
            }
        });
    }

    @Override
    public void succeeded(Fiber fiber, JsonNode output) {
        endedIterationTail = fiber.lastEventId();
        lastIterationEnd = fiber.record(HistoryEventType.MapIterationSucceeded,
                new EventDetails.MapIteration(map.name(), fiber.index()));
        results[fiber.index()] = output;
        succeeded[fiber.index()] = true;
        iterationEnded();
    }

    @Override
    public void failed(Fiber fiber, Step.Failed failure) {
        if (over) {
            return;
        }
        endedIterationTail = fiber.lastEventId();
        fiber.record(HistoryEventType.MapIterationFailed, new EventDetails.MapIteration(map.name(), fiber.index()));
        failures++;
        results[fiber.index()] = ErrorRecovery.errorOutput(failure.error());
        if (failure.terminal() || limits.exceeded(failures, iterations.length)) {
            over = true;
            abortRunning();
            remember();
            Step.Failed mapFailure = failure.terminal() || (limits.toleratedCount() < 0
                    && limits.toleratedPercentage() < 0) ? failure
                    : new Step.Failed(new StatesException(ErrorNames.EXCEED_TOLERATED_FAILURE_THRESHOLD,
                            "The specified tolerated failure threshold was exceeded"), false);
            long failedTail = endedIterationTail;
            run.agenda().schedule(run.agenda().now(), () -> visit.fiber.resume(() -> {
                visit.fiber.follow(failedTail);
                return MapRunner.failMap(visit, map, mapFailure, this::retry);
            }));
            return;
        }
        iterationEnded();
    }

    private void abortRunning() {
        for (Fiber iteration : iterations) {
            if (iteration != null && !iteration.isDone() && !iteration.isCancelled()) {
                iteration.cancel();
                iteration.record(HistoryEventType.MapIterationAborted,
                        new EventDetails.MapIteration(map.name(), iteration.index()));
            }
        }
    }

    /** What a redrive of this Map keeps: the iterations that succeeded, and where the others stopped. */
    private void remember() {
        List<RedriveMemo.Branch> memo = new ArrayList<>();
        for (int i = 0; i < iterations.length; i++) {
            memo.add(RedriveMemo.Branch.of(iterations[i], succeeded[i] ? results[i] : null));
        }
        visit.fiber.rememberForRedrive(new RedriveMemo(map, memo));
    }

    private Step retry() {
        return new MapJoin(run, visit, map, effective, items, limits).launch();
    }

    private void iterationEnded() {
        running--;
        finished++;
        if (over) {
            return;
        }
        if (nextIndex < iterations.length) {
            startNext();
        } else if (finished == iterations.length) {
            run.agenda().schedule(run.agenda().now(), () -> visit.fiber.resume(this::finish));
        }
    }

    private Step finish() {
        if (lastIterationEnd >= 0) {
            visit.fiber.follow(lastIterationEnd);
        }
        visit.fiber.recordAside(HistoryEventType.MapStateSucceeded, new EventDetails.None());
        ArrayNode array = Json.nodes().arrayNode(results.length);
        for (JsonNode result : results) {
            array.add(result);
        }
        try {
            return ResultFlow.exit(visit, map.handling(), array);
        } catch (StatesException e) {
            Step.Failed failure = new Step.Failed(e, ErrorNames.RUNTIME.equals(e.error()));
            return failure.terminal() ? failure : ErrorRecovery.recover(visit, map.handling(), e, this::retry);
        }
    }
}
