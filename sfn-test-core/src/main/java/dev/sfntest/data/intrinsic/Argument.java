package dev.sfntest.data.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.sfntest.data.DataContext;
import dev.sfntest.data.Json;
import dev.sfntest.data.CompiledPath;
import java.util.ArrayList;
import java.util.List;

/** One argument of an intrinsic call, as parsed: a literal, a path or a nested call. */
sealed interface Argument {

    /** The argument's value for one evaluation. */
    JsonNode evaluate(DataContext data);

    /** A number, {@code true}, {@code false} or {@code null}. */
    record Literal(JsonNode value) implements Argument {
        @Override
        public JsonNode evaluate(DataContext data) {
            return value;
        }
    }

    /**
     * A string literal in single quotes. {@code pieces} is the text cut at each unescaped
     * {@code {}}, which only {@code States.Format} reads: an escaped {@code \{\}} is not a placeholder.
     */
    record StringLiteral(String value, List<String> pieces) implements Argument {
        public StringLiteral {
            pieces = List.copyOf(pieces);
        }

        @Override
        public JsonNode evaluate(DataContext data) {
            return TextNode.valueOf(value);
        }
    }

    /** A path over the input ({@code $}), the Context object ({@code $$}) or a variable. */
    record PathArgument(CompiledPath path) implements Argument {
        @Override
        public JsonNode evaluate(DataContext data) {
            return path.read(data);
        }
    }

    /** A call, at the top or nested in another call's arguments. */
    record Call(Function function, List<Argument> arguments) implements Argument {
        public Call {
            arguments = List.copyOf(arguments);
        }

        @Override
        public JsonNode evaluate(DataContext data) {
            List<JsonNode> values = new ArrayList<>(arguments.size());
            for (Argument argument : arguments) {
                values.add(argument.evaluate(data));
            }
            JsonNode result = function.apply(new Invocation(function, arguments, values, data));
            if (!result.isValueNode() || result.isTextual()) {
                ResultLimit.check(function.awsName(), Json.exceedsUtf8Bytes(result, ResultLimit.MAX_BYTES));
            }
            return result;
        }
    }
}
