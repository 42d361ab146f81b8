package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.sfntest.asl.ParallelState;
import dev.sfntest.data.ErrorNames;
import dev.sfntest.data.Json;
import dev.sfntest.data.StatesException;
import dev.sfntest.history.EventDetails;
import dev.sfntest.history.HistoryEventType;
import java.util.ArrayList;
import java.util.List;

/**
 * Parallel states: every branch a fiber, results in branch order, the first failure aborts the rest;
 * a redrive of a failed Parallel state runs only the branches that did not succeed (see {@link RedriveMemo}).
 * {@code ParallelStateSucceeded} follows the last event of the branch that ended last, and
 * {@code ParallelStateExited} that same event; {@code ParallelStateFailed} follows the last event of
 * the failed branch and is recorded only when the failure is not retried.
 */
final class ParallelRunner {
    private final ExecutionRun run;

    ParallelRunner(ExecutionRun run) {
        this.run = run;
    }

    /**
     * Evaluates the branches' input and launches them; an error of that evaluation is the state's
     * own, which its Retry and Catch handle ({@code ParallelStateFailed} when not retried).
     */
    Step start(StateVisit visit, ParallelState parallel) {
        JsonNode input;
        if (visit.isJsonata()) {
            JsonNode arguments = visit.jsonata(parallel.arguments(), "Arguments", null);
            input = arguments != null ? arguments : visit.rawInput;
        } else {
            JsonNode effective = visit.effectiveInput();
            input = parallel.parameters() != null ? visit.evaluate(parallel.parameters(), effective) : effective;
        }
        return launch(visit, parallel, input);
    }

    /** Launches the branches; in a redrive, those that succeeded keep their output and the others go on. */
    private Step launch(StateVisit visit, ParallelState parallel, JsonNode input) {
        visit.record(HistoryEventType.ParallelStateStarted, new EventDetails.None());
        RedriveMemo kept = visit.fiber.takeRedriveMemo(parallel);
        Join join = new Join(visit, parallel, input);
        for (int i = 0; i < parallel.branches().size(); i++) {
            RedriveMemo.Branch before = kept == null ? null : kept.branch(i);
            if (before != null && before.succeeded()) {
                join.keep(i, before.output());
                continue;
            }
            Fiber branch = new Fiber(run, parallel.branches().get(i), visit.fiber, join, i, visit.fiber.lastEventId(),
                    before != null && before.variables() != null ? before.variables() : visit.fiber.variables().child());
            join.branches[i] = branch;
            run.agenda().schedule(run.agenda().now(), () -> {
                if (before != null) {
                    before.resume(branch, input);
                } else {
                    branch.start(input);
                }
            });
        }
        return Step.SUSPENDED;
    }

    /** Collects the branches' ends and resumes the Parallel state. */
    private final class Join implements FiberListener {
        private final StateVisit visit;
        private final ParallelState parallel;
        private final JsonNode input;
        private final Fiber[] branches;
        private final JsonNode[] results;
        private int remaining;
        private boolean failed;
        private long lastBranchEvent;

        Join(StateVisit visit, ParallelState parallel, JsonNode input) {
            this.visit = visit;
            this.parallel = parallel;
            this.input = input;
            this.branches = new Fiber[parallel.branches().size()];
            this.results = new JsonNode[branches.length];
            this.remaining = branches.length;
        }

        /** A branch that succeeded in the attempt a redrive continues: its output, and no run. */
        void keep(int index, JsonNode output) {
            results[index] = output;
            remaining--;
        }

        @Override
        public void succeeded(Fiber fiber, JsonNode output) {
            results[fiber.index()] = output;
            lastBranchEvent = fiber.lastEventId();
            if (--remaining == 0 && !failed) {
                run.agenda().schedule(run.agenda().now(), () -> visit.fiber.resume(this::finish));
            }
        }

        @Override
        public void failed(Fiber fiber, Step.Failed failure) {
            if (failed) {
                return;
            }
            failed = true;
            long failedBranchEvent = fiber.lastEventId();
            List<RedriveMemo.Branch> memo = new ArrayList<>();
            for (int i = 0; i < branches.length; i++) {
                if (branches[i] != null) {
                    branches[i].cancel();
                }
                memo.add(RedriveMemo.Branch.of(branches[i], results[i]));
            }
            visit.fiber.rememberForRedrive(new RedriveMemo(parallel, memo));
            run.agenda().schedule(run.agenda().now(), () -> visit.fiber.resume(() -> {
                visit.fiber.follow(failedBranchEvent);
                Runnable recordFailed = () -> visit.record(HistoryEventType.ParallelStateFailed,
                        new EventDetails.None());
                if (failure.terminal()) {
                    recordFailed.run();
                    return failure;
                }
                return ErrorRecovery.recover(visit, parallel.handling(), failure.error(),
                        () -> launch(visit, parallel, input), recordFailed);
            }));
        }

        private Step finish() {
            visit.fiber.follow(lastBranchEvent);
            visit.fiber.recordAside(HistoryEventType.ParallelStateSucceeded, new EventDetails.None());
            ArrayNode array = Json.nodes().arrayNode(results.length);
            for (JsonNode result : results) {
                array.add(result);
            }
            try {
                return ResultFlow.exit(visit, parallel.handling(), array);
            } catch (StatesException e) {
                Step.Failed failure = new Step.Failed(e, ErrorNames.RUNTIME.equals(e.error()));
                return failure.terminal() ? failure
                        : ErrorRecovery.recover(visit, parallel.handling(), e, () -> launch(visit, parallel, input));
            }
        }
    }
}
