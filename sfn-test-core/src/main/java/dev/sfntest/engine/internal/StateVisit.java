package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.State;
import dev.sfntest.asl.StateCommon;
import dev.sfntest.data.DataContext;
import dev.sfntest.data.ErrorNames;
import dev.sfntest.data.Json;
import dev.sfntest.data.Path;
import dev.sfntest.data.PathException;
import dev.sfntest.data.ReferencePath;
import dev.sfntest.data.StatesException;
import dev.sfntest.data.Template;
import dev.sfntest.history.EventDetails;
import dev.sfntest.history.HistoryEventType;
import java.util.Map;

/**
 * One entry into a state: its raw input, the id of its entered event, its retry count, and the
 * JSONPath data-flow steps in AWS's order.
 */
final class StateVisit {
    final Fiber fiber;
    final State state;
    final JsonNode rawInput;
    final long enteredEventId;
    final String enteredTime;
    int retryCount;
    private int[] retriesByRetrier;

    StateVisit(Fiber fiber, State state, JsonNode rawInput, long enteredEventId, String enteredTime) {
        this.fiber = fiber;
        this.state = state;
        this.rawInput = rawInput;
        this.enteredEventId = enteredEventId;
        this.enteredTime = enteredTime;
    }

    /** How many retries the {@code index}-th retrier has made in this visit. */
    int retriesOf(int index, int retrierCount) {
        if (retriesByRetrier == null) {
            retriesByRetrier = new int[retrierCount];
        }
        return retriesByRetrier[index];
    }

    /** Counts a retry by the {@code index}-th retrier. */
    void countRetry(int index) {
        retriesByRetrier[index]++;
        retryCount++;
    }

    StateCommon common() {
        return state.common();
    }

    ExecutionRun run() {
        return fiber.run();
    }

    /** The data an expression of this state reads, over {@code input}. */
    DataContext data(JsonNode input) {
        return data(input, null, null);
    }

    /** The data with a task token or a Map item in the Context object. */
    DataContext data(JsonNode input, String taskToken, JsonNode mapItem) {
        ExecutionRun run = run();
        JsonNode context = run.context().forState(state.name(), enteredTime, retryCount, taskToken, mapItem);
        return new DataContext(input, context, DataContext.VariableLookup.none(), run.random());
    }

    /** {@code States.Runtime} with AWS's prefix naming the state and its entered event. */
    StatesException runtimeError(String detail) {
        return new StatesException(ErrorNames.RUNTIME, "An error occurred while executing the state '"
                + state.name() + "' (entered at the event id #" + enteredEventId + "). " + detail);
    }

    /** A terminal failure step for a runtime error. */
    Step.Failed runtimeFailure(String detail) {
        return new Step.Failed(runtimeError(detail), true);
    }

    /** Adds AWS's prefix to a {@code States.Runtime} raised by a template or intrinsic. */
    StatesException located(StatesException error) {
        if (ErrorNames.RUNTIME.equals(error.error())) {
            return runtimeError(error.cause());
        }
        return error;
    }

    /** {@code InputPath} applied to the raw input. */
    JsonNode effectiveInput() {
        return selectPath(common().inputPath(), rawInput);
    }

    /** {@code OutputPath} applied to {@code value}. */
    JsonNode output(JsonNode value) {
        return selectPath(common().outputPath(), value);
    }

    private JsonNode selectPath(Path path, JsonNode value) {
        if (path == null) {
            return Json.emptyObject();
        }
        if (path.isRoot() && path.root() == Path.Root.INPUT) {
            return value;
        }
        try {
            return path.read(data(value));
        } catch (PathException e) {
            throw runtimeError("Invalid path '" + path.text() + "' : " + e.getMessage());
        }
    }

    /** {@code ResultPath} placing {@code result} into the raw input. */
    JsonNode placeResult(ReferencePath resultPath, JsonNode result) {
        if (resultPath == null) {
            return rawInput;
        }
        if (resultPath.isRoot()) {
            return result;
        }
        try {
            return resultPath.place(rawInput, result);
        } catch (PathException e) {
            throw new StatesException(ErrorNames.RESULT_PATH_MATCH_FAILURE, e.getMessage());
        }
    }

    /** A template evaluated over {@code input}, its runtime errors located. */
    JsonNode evaluate(Template template, JsonNode input) {
        try {
            return template.evaluate(data(input));
        } catch (StatesException e) {
            throw located(e);
        }
    }

    /** Records the state's exit and moves on to {@code Next}, or ends the fiber. */
    Step exit(JsonNode output) {
        return exitTo(common().next(), output);
    }

    /** Records the state's exit and moves on to {@code next}, or ends the fiber when it is null. */
    Step exitTo(String next, JsonNode output) {
        fiber.record(Interpreter.exitedType(state), new EventDetails.StateExited(state.name(), output, Map.of()));
        return next == null ? new Step.Finished(output) : new Step.Transition(next, output);
    }

    /** Records an event after this state's previous one. */
    long record(HistoryEventType type, EventDetails details) {
        return fiber.record(type, details);
    }
}
