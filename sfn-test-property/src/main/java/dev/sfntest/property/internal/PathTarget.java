package dev.sfntest.property.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.sfntest.asl.ComparisonOperator;
import dev.sfntest.data.CompiledPath;
import dev.sfntest.property.Generator;
import dev.sfntest.property.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * One input path a definition reads, and what to put there: each candidate (thresholds, their
 * neighbours, the wrong type), a free value of the compared type, or nothing (the field missing).
 */
final class PathTarget {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The type a path is compared as, which picks its free values. */
    enum Kind {
        NUMBER, TEXT, BOOLEAN, ANY;

        static Kind of(ComparisonOperator operator) {
            String name = operator.name();
            if (name.startsWith("Numeric")) {
                return NUMBER;
            }
            if (name.startsWith("String") || name.startsWith("Timestamp")) {
                return TEXT;
            }
            return name.startsWith("Boolean") ? BOOLEAN : ANY;
        }
    }

    private final CompiledPath path;
    private final List<JsonNode> candidates = new ArrayList<>();
    private Kind kind;
    private Generator<JsonNode> array;

    PathTarget(CompiledPath path) {
        this.path = path;
    }

    CompiledPath path() {
        return path;
    }

    List<JsonNode> candidates() {
        return List.copyOf(candidates);
    }

    void add(List<JsonNode> values, Kind valueKind) {
        for (JsonNode value : values) {
            if (!candidates.contains(value)) {
                candidates.add(value);
            }
        }
        if (kind == null) {
            kind = valueKind;
        }
    }

    /** The path holds an array (an ItemsPath): the free value is {@code items}, the wrong type a string. */
    void array(Generator<JsonNode> items) {
        this.array = items;
        add(List.of(NODES.textNode("not-an-array")), Kind.ANY);
    }

    /** The value to place at the path, or {@code null} to leave it missing. */
    JsonNode generate(Source source) {
        boolean freeFirst = array != null || candidates.isEmpty();
        int choice = source.pick(candidates.size() + 2);
        if (choice == candidates.size() + 1) {
            return null;
        }
        if (freeFirst) {
            return choice == 0 ? free(source) : candidates.get(choice - 1).deepCopy();
        }
        return choice < candidates.size() ? candidates.get(choice).deepCopy() : free(source);
    }

    private JsonNode free(Source source) {
        if (array != null) {
            return array.generate(source);
        }
        Kind effective = kind == null ? Kind.TEXT : kind;
        switch (effective) {
            case NUMBER:
                return NODES.numberNode(Numbers.draw(source, -1_000, 1_000));
            case BOOLEAN:
                return NODES.booleanNode(source.drawBoolean());
            case TEXT:
                return NODES.textNode(JsonValues.strings(JsonValues.textAlphabet(), 0, 8).generate(source));
            default:
                return JsonValues.values(1).generate(source);
        }
    }
}
