package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.asl.FieldValue;
import dev.sfntest.asl.QueryLanguage;
import dev.sfntest.asl.State;
import dev.sfntest.asl.StateCommon;
import dev.sfntest.data.DataContext;
import dev.sfntest.data.ErrorNames;
import dev.sfntest.data.Json;
import dev.sfntest.data.CompiledPath;
import dev.sfntest.data.PathException;
import dev.sfntest.data.ReferencePath;
import dev.sfntest.data.StatesException;
import dev.sfntest.data.Template;
import dev.sfntest.data.jsonata.JsonataBindings;
import dev.sfntest.data.jsonata.JsonataFieldException;
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
    /** The event the entered event follows. */
    final long beforeEnteredEventId;
    final String enteredTime;
    int retryCount;
    /** The task token of the running Task attempt, for {@code $$.Task.Token}; {@code null} otherwise. */
    String taskToken;
    private int[] retriesByRetrier;

    StateVisit(Fiber fiber, State state, JsonNode rawInput, long enteredEventId, long beforeEnteredEventId,
            String enteredTime) {
        this.fiber = fiber;
        this.beforeEnteredEventId = beforeEnteredEventId;
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
        return data(input, taskToken, null);
    }

    /** The data with a task token or a Map item in the Context object. */
    DataContext data(JsonNode input, String taskToken, JsonNode mapItem) {
        ExecutionRun run = run();
        int retries = contextRetryCount();
        return DataContext.lazy(input,
                () -> run.context().forState(state.name(), enteredTime, retries, taskToken, mapItem),
                fiber.variables(), run.random());
    }

    /**
     * {@code $$.State.RetryCount}, or -1 when the Context object has none: AWS gives it to the
     * states that can retry (Task, Parallel, Map), not to a Pass state.
     */
    private int contextRetryCount() {
        return state.handling() != null ? retryCount : -1;
    }

    /** Whether the state uses JSONata. */
    boolean isJsonata() {
        return common().queryLanguage() == QueryLanguage.JSONATA;
    }

    /**
     * The value of a JSONata state's field ({@code Output}, {@code Choices[0]/Condition}, named
     * {@code field} in messages): a literal as written, an expression evaluated; {@code null} when
     * the state has no such field.
     *
     * @param extra {@code $states} entries besides input and context ({@code result},
     *     {@code errorOutput}), or {@code null}
     */
    JsonNode jsonata(FieldValue value, String field, ObjectNode extra) {
        return jsonata(value, field, extra, null);
    }

    /** {@link #jsonata(FieldValue, String, ObjectNode)} with {@code $states.context.Map.Item}. */
    JsonNode jsonata(FieldValue value, String field, ObjectNode extra, JsonNode mapItem) {
        if (value == null) {
            return null;
        }
        if (value instanceof FieldValue.Literal literal) {
            return literal.value();
        }
        if (!(value instanceof FieldValue.Jsonata jsonata)) {
            throw new IllegalArgumentException("'" + field + "' is not a JSONata value");
        }
        ObjectNode states = DataFlow.states(rawInput, run().context().forState(state.name(), enteredTime,
                contextRetryCount(), taskToken, mapItem), extra);
        JsonataBindings bindings = new JsonataBindings(states, fiber.variables().visible(), run().random(),
                run().agenda().now());
        try {
            return jsonata.template().evaluate(bindings, field);
        } catch (StatesException e) {
            throw located(e, e instanceof JsonataFieldException f ? f.field() : field);
        }
    }

    /** {@code {"result": result}} for {@code $states}. */
    static ObjectNode result(JsonNode result) {
        return DataFlow.member("result", result);
    }

    /** {@code {"errorOutput": errorOutput}} for {@code $states}. */
    static ObjectNode errorOutput(JsonNode errorOutput) {
        return DataFlow.member("errorOutput", errorOutput);
    }

    /**
     * The variables an {@code Assign} ({@code field} in messages: {@code Assign},
     * {@code Catch[1]/Assign}) sets: in JSONPath states its {@code .$} fields read
     * {@code jsonPathInput}; in JSONata states its expressions see {@code $states} with
     * {@code extra}.
     */
    Map<String, JsonNode> assignments(FieldValue assign, String field, JsonNode jsonPathInput, ObjectNode extra) {
        JsonNode assigned = assign instanceof FieldValue.Payload payload ? evaluate(payload.template(), jsonPathInput)
                : jsonata(assign, field, extra);
        Map<String, JsonNode> values = DataFlow.variables(assigned);
        if (values.isEmpty()) {
            return values;
        }
        if (PayloadLimit.exceeds(assigned)) {
            throw new StatesException(ErrorNames.DATA_LIMIT_EXCEEDED, "The variables assigned by the state '"
                    + state.name() + "' exceed the maximum size of 262144 bytes");
        }
        return values;
    }

    /** {@code States.Runtime} with AWS's prefix naming the state and its entered event. */
    StatesException runtimeError(String detail) {
        return failure(ErrorNames.RUNTIME, detail);
    }

    /**
     * An error with AWS's prefix naming the state and its entered event; a
     * {@code States.QueryEvaluationError} is also recorded as an {@code EvaluationFailed} event
     * without a location.
     */
    StatesException failure(String error, String detail) {
        return failure(error, detail, null);
    }

    /**
     * {@link #failure(String, String)}, the {@code EvaluationFailed} event naming the field that
     * failed ({@code Items}, {@code Arguments/FunctionName}) as its {@code location}. As AWS
     * records it, the event follows the event before the state's entered event when the state has
     * recorded nothing since (a Wait state's follows its entered event).
     */
    StatesException failure(String error, String detail, String location) {
        String cause = "An error occurred while executing the state '" + state.name() + "' (entered at the event id #"
                + enteredEventId + "). " + detail;
        if (ErrorNames.QUERY_EVALUATION_ERROR.equals(error)) {
            boolean nothingSinceEntered = fiber.lastEventId() == enteredEventId;
            if (nothingSinceEntered && !"Wait".equals(state.type())) {
                fiber.follow(beforeEnteredEventId);
            }
            record(HistoryEventType.EvaluationFailed, new EventDetails.EvaluationFailed(error, cause, location,
                    state.name()));
        }
        return new StatesException(error, cause);
    }

    /** A terminal failure step for a runtime error. */
    Step.Failed runtimeFailure(String detail) {
        return new Step.Failed(runtimeError(detail), true);
    }

    /** Adds AWS's prefix to a {@code States.Runtime} raised by a template or intrinsic. */
    StatesException located(StatesException error) {
        return located(error, error instanceof JsonataFieldException f ? f.field() : null);
    }

    /** {@link #located(StatesException)}, an {@code EvaluationFailed} event naming {@code location}. */
    StatesException located(StatesException error, String location) {
        if ((ErrorNames.RUNTIME.equals(error.error()) || ErrorNames.QUERY_EVALUATION_ERROR.equals(error.error()))
                && error.cause() != null && !error.cause().startsWith("An error occurred while executing the state")) {
            return failure(error.error(), error.cause(), location);
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

    private JsonNode selectPath(CompiledPath path, JsonNode value) {
        try {
            return DataFlow.select(path, value, this::data);
        } catch (PathException e) {
            throw runtimeError(DataFlow.invalidPath(path, e));
        }
    }

    /** {@code ResultPath} placing {@code result} into the raw input. */
    JsonNode placeResult(ReferencePath resultPath, JsonNode result) {
        return DataFlow.placeResult(resultPath, rawInput, result);
    }

    /**
     * {@code input} as the state's effective input after Parameters or Arguments, refused with
     * {@code States.DataLimitExceeded} when it passes the payload limit.
     */
    JsonNode limitedInput(JsonNode input) {
        if (PayloadLimit.exceeds(input)) {
            throw new StatesException(ErrorNames.DATA_LIMIT_EXCEEDED, "The state/task '" + state.name()
                    + "' has an input with a size exceeding the maximum number of bytes service limit.");
        }
        return input;
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
        return exitTo(common().next(), output, Map.of());
    }

    /** Records the state's exit, assigns its variables, and moves on to {@code Next}. */
    Step exit(JsonNode output, Map<String, JsonNode> assigned) {
        return exitTo(common().next(), output, assigned);
    }

    /**
     * Records the state's exit, assigns its variables, and moves on to {@code next}, or ends the
     * fiber when it is null.
     */
    Step exitTo(String next, JsonNode output, Map<String, JsonNode> assigned) {
        if (output != rawInput) {  // the input itself was checked where it was made
            Json.Bounds bounds = Json.bounds(output, PayloadLimit.MAX_BYTES, DepthLimit.MAX_DEPTH);
            if (bounds == Json.Bounds.TOO_LARGE) {
                throw new StatesException(ErrorNames.DATA_LIMIT_EXCEEDED, PayloadLimit.stateCause(state.name()));
            }
            if (bounds == Json.Bounds.TOO_DEEP) {
                throw DepthLimit.exceeded(state.name());
            }
        }
        fiber.record(Interpreter.exitedType(state), new EventDetails.StateExited(state.name(), output, assigned));
        if (!assigned.isEmpty()) {
            fiber.variables().assign(assigned);
        }
        return next == null ? new Step.Finished(output) : new Step.Transition(next, output);
    }

    /** Records an event after this state's previous one. */
    long record(HistoryEventType type, EventDetails details) {
        return fiber.record(type, details);
    }
}
