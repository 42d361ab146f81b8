package dev.sfntest.junit5.internal;

import dev.sfntest.engine.MockedResultException;
import dev.sfntest.engine.UnmockedTaskException;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.report.ExecutionPath;
import dev.sfntest.report.Timeline;

/**
 * A run that a set-up mistake stopped before the execution ended (an unmocked Task, a mocked
 * result that does not fit its API, tasks waiting for tokens nothing sends): the engine stopped the
 * execution where it was, the report shows it, and the exception says how far it got.
 */
final class StoppedRun {
    private static final int LAST_EVENTS = 8;

    private StoppedRun() {
    }

    /**
     * {@code e} of the same type (an unmocked Task, a misfit mocked result, a stalled run), its
     * message followed by the path taken and the last events; another exception keeps its message
     * and gets that context as a suppressed one.
     */
    static RuntimeException explain(RuntimeException e, ExecutionResult partial) {
        ExecutionPath path = ExecutionPath.of(partial.history().subList(0, partial.history().size() - 1));
        String context = "The execution did not end: the run stopped there (the report shows it ABORTED).\n"
                + "Path taken: " + Timeline.pathTaken(path) + "\n"
                + "Last events (virtual time since the start):\n"
                + Timeline.last(path, partial.startDate(), LAST_EVENTS).stripTrailing();
        String message = e.getMessage() + "\n" + context;
        RuntimeException explained;
        if (e instanceof UnmockedTaskException unmocked) {
            explained = new UnmockedTaskException(message, unmocked.stateName(), unmocked.attempt());
        } else if (e instanceof MockedResultException) {
            explained = new MockedResultException(message);
        } else if (e.getClass() == IllegalStateException.class) {
            explained = new IllegalStateException(message);
        } else {
            e.addSuppressed(new IllegalStateException(context, null));
            return e;
        }
        explained.setStackTrace(e.getStackTrace());
        return explained;
    }
}
