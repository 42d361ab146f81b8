package dev.sfntest.data;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.intrinsic.Intrinsic;
import org.apiguardian.api.API;

/**
 * The value of a field that takes a path or an intrinsic function call: a {@code .$} field of a
 * template, {@code ErrorPath}, {@code CausePath}.
 *
 * <pre>{@code
 * DynamicValue cause = DynamicValue.compile("States.Format('Order {} failed', $.id)");
 * JsonNode text = cause.evaluate(data);
 * }</pre>
 */
@API(status = INTERNAL)
public final class DynamicValue {
    private final String text;
    private final CompiledPath path;
    private final Intrinsic intrinsic;

    private DynamicValue(String text, CompiledPath path, Intrinsic intrinsic) {
        this.text = text;
        this.path = path;
        this.intrinsic = intrinsic;
    }

    /**
     * Compiles a path or an intrinsic call.
     *
     * @throws PathException when it is neither
     */
    public static DynamicValue compile(String text) {
        if (Intrinsic.looksLikeIntrinsic(text)) {
            return new DynamicValue(text, null, Intrinsic.parse(text));
        }
        return new DynamicValue(text, CompiledPath.compile(text), null);
    }

    /** The text as written. */
    public String text() {
        return text;
    }

    /** The path, or {@code null} for an intrinsic call. */
    public CompiledPath path() {
        return path;
    }

    /**
     * Evaluates the value.
     *
     * @throws PathException when a path does not resolve
     * @throws StatesException when an intrinsic function fails
     */
    public JsonNode evaluate(DataContext data) {
        return path != null ? path.read(data) : intrinsic.evaluate(data);
    }

    /** The document a path reads (input, Context object or variable), for error messages. */
    public JsonNode documentOf(DataContext data) {
        if (path == null) {
            return data.input();
        }
        return switch (path.root()) {
            case INPUT -> data.input();
            case CONTEXT -> data.context();
            case VARIABLE -> {
                JsonNode value = data.variables().get(path.variable());
                yield value == null ? Json.nodes().nullNode() : value;
            }
        };
    }

    @Override
    public String toString() {
        return text;
    }
}
