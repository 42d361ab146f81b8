package dev.sfntest.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.data.DataContext;
import dev.sfntest.data.ErrorNames;
import dev.sfntest.data.Json;
import dev.sfntest.data.CompiledPath;
import dev.sfntest.data.PathException;
import dev.sfntest.data.ReferencePath;
import dev.sfntest.data.StatesException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The steps of a state's data flow that do not depend on where the state runs, shared by
 * executions and TestState: InputPath and OutputPath selection, ResultPath placement, the
 * {@code $states} of JSONata expressions, the variables an {@code Assign} sets, and the
 * {@code {"Error", "Cause"}} a catcher passes on.
 */
public final class DataFlow {
    private DataFlow() {
    }

    /**
     * InputPath or OutputPath applied to {@code value}: JSON null selects {@code {}}, {@code $} the
     * value itself, any other path reads {@code data.apply(value)}.
     *
     * @throws PathException when the path does not resolve (see {@link #invalidPath})
     */
    public static JsonNode select(CompiledPath path, JsonNode value, Function<JsonNode, DataContext> data) {
        if (path == null) {
            return Json.emptyObject();
        }
        if (path.isRoot() && path.root() == CompiledPath.Root.INPUT) {
            return value;
        }
        return path.read(data.apply(value));
    }

    /** AWS's detail for a path that does not resolve: {@code Invalid path '$.x' : ...}. */
    public static String invalidPath(CompiledPath path, PathException e) {
        return "Invalid path '" + path.text() + "' : " + e.getMessage();
    }

    /**
     * ResultPath placing {@code result} into {@code rawInput} (JSON null keeps the input).
     *
     * @throws StatesException {@code States.ResultPathMatchFailure} when the path does not fit the input
     */
    public static JsonNode placeResult(ReferencePath resultPath, JsonNode rawInput, JsonNode result) {
        if (resultPath == null) {
            return rawInput;
        }
        if (resultPath.isRoot()) {
            return result;
        }
        try {
            return resultPath.place(rawInput, result);
        } catch (PathException e) {
            throw new StatesException(ErrorNames.RESULT_PATH_MATCH_FAILURE, "Unable to apply ReferencePath "
                    + resultPath.text() + " to input " + Json.write(rawInput));
        }
    }

    /** {@code $states}: {@code input}, {@code context} and the {@code extra} members ({@code result}...). */
    public static ObjectNode states(JsonNode input, JsonNode context, ObjectNode extra) {
        ObjectNode states = Json.emptyObject();
        states.set("input", input);
        states.set("context", context);
        if (extra != null) {
            states.setAll(extra);
        }
        return states;
    }

    /** {@code {"<name>": value}}, for {@code $states.result} and {@code $states.errorOutput}. */
    public static ObjectNode member(String name, JsonNode value) {
        ObjectNode extra = Json.emptyObject();
        extra.set(name, value);
        return extra;
    }

    /** The variables an evaluated {@code Assign} sets, in order; empty for none (or a non-object). */
    public static Map<String, JsonNode> variables(JsonNode assigned) {
        if (assigned == null || !assigned.isObject() || assigned.isEmpty()) {
            return Map.of();
        }
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = assigned.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            values.put(entry.getKey(), entry.getValue());
        }
        return values;
    }

    /**
     * {@code {"Error": ..., "Cause": ...}}, as a catcher passes it on; a {@code States.Timeout}
     * without a cause gets AWS's empty {@code Cause}.
     */
    public static ObjectNode errorOutput(StatesException error) {
        ObjectNode output = Json.emptyObject();
        if (error.error() != null) {
            output.put("Error", error.error());
        }
        if (error.cause() != null) {
            output.put("Cause", error.cause());
        } else if (ErrorNames.TIMEOUT.equals(error.error())) {
            output.put("Cause", "");
        }
        return output;
    }
}
