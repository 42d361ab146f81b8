package dev.sfntest.property.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.sfntest.asl.ChoiceBranch;
import dev.sfntest.asl.ChoiceRule;
import dev.sfntest.asl.ChoiceState;
import dev.sfntest.asl.ComparisonOperator;
import dev.sfntest.asl.FieldValue;
import dev.sfntest.asl.MapState;
import dev.sfntest.asl.ParallelState;
import dev.sfntest.asl.PassState;
import dev.sfntest.asl.State;
import dev.sfntest.asl.StateGraph;
import dev.sfntest.asl.TaskState;
import dev.sfntest.asl.WaitState;
import dev.sfntest.data.CompiledPath;
import dev.sfntest.data.ReferencePath;
import dev.sfntest.data.Template;
import dev.sfntest.property.Generator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inputs aimed at a definition: for every path the states read from their input (Choice
 * {@code Variable}s, {@code InputPath}, {@code Parameters} {@code .$} fields, {@code ItemsPath},
 * Wait paths), a value at or beside each Choice threshold, a free value, a value of the wrong type,
 * or nothing. A heuristic: it reads paths as if every state saw the execution input.
 */
public final class DefinitionInputs {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern INPUT_PATH = Pattern.compile("(?<![$\\w])\\$(\\.[A-Za-z_][\\w-]*|\\[[^\\]]*\\])+");

    private final Map<String, PathTarget> targets = new LinkedHashMap<>();

    private DefinitionInputs() {
    }

    /** Inputs for the states of {@code graph}. */
    public static Generator<JsonNode> of(StateGraph graph) {
        DefinitionInputs inputs = new DefinitionInputs();
        inputs.collect(graph);
        List<PathTarget> ordered = new ArrayList<>(inputs.targets.values());
        ordered.sort(Comparator.comparingInt(target -> target.path().text().length()));
        return source -> {
            JsonNode input = NODES.objectNode();
            for (PathTarget target : ordered) {
                JsonNode value = target.generate(source);
                if (value != null) {
                    input = place(input, target.path(), value);
                }
            }
            return input;
        };
    }

    /** The paths the generator aims at, each with its candidate values, for reports and tests. */
    public static Map<String, List<JsonNode>> targets(StateGraph graph) {
        DefinitionInputs inputs = new DefinitionInputs();
        inputs.collect(graph);
        Map<String, List<JsonNode>> out = new LinkedHashMap<>();
        inputs.targets.forEach((path, target) -> out.put(path, target.candidates()));
        return out;
    }

    private void collect(StateGraph graph) {
        for (State state : graph.states().values()) {
            read(state.common().inputPath());
            if (state instanceof TaskState task) {
                template(task.parameters());
                read(task.timeoutSecondsPath());
                read(task.heartbeatSecondsPath());
            } else if (state instanceof PassState pass) {
                template(pass.parameters());
            } else if (state instanceof ChoiceState choice) {
                for (ChoiceBranch branch : choice.choices()) {
                    rule(branch.rule());
                }
            } else if (state instanceof WaitState wait) {
                PathTarget seconds = target(wait.secondsPath());
                if (seconds != null) {
                    seconds.add(List.of(NODES.numberNode(0), NODES.numberNode(1), NODES.textNode("1")),
                            PathTarget.Kind.NUMBER);
                }
                PathTarget timestamp = target(wait.timestampPath());
                if (timestamp != null) {
                    timestamp.add(Candidates.around(ComparisonOperator.TimestampEquals, null), PathTarget.Kind.TEXT);
                }
            } else if (state instanceof ParallelState parallel) {
                template(parallel.parameters());
                parallel.branches().forEach(this::collect);
            } else if (state instanceof MapState map) {
                collectMap(map);
            }
        }
    }

    private void collectMap(MapState map) {
        template(map.itemSelector() instanceof FieldValue.Payload selector ? selector.template() : null);
        CompiledPath items = map.itemsPath();
        if (items != null && items.root() == CompiledPath.Root.INPUT && !items.isRoot() && map.items() == null) {
            Generator<JsonNode> item = map.itemSelector() == null ? of(map.processor()) : JsonValues.objects(1);
            PathTarget target = target(items);
            if (target != null) {
                target.array(Collections.lists(item, 0, 3).map(list -> {
                    ArrayNode array = NODES.arrayNode();
                    list.forEach(array::add);
                    return array;
                }));
            }
        }
    }

    private void rule(ChoiceRule rule) {
        if (rule instanceof ChoiceRule.And and) {
            and.rules().forEach(this::rule);
        } else if (rule instanceof ChoiceRule.Or or) {
            or.rules().forEach(this::rule);
        } else if (rule instanceof ChoiceRule.Not not) {
            rule(not.rule());
        } else if (rule instanceof ChoiceRule.Comparison comparison) {
            PathTarget target = target(comparison.variable());
            if (target != null) {
                target.add(Candidates.around(comparison.operator(), comparison.value()),
                        PathTarget.Kind.of(comparison.operator()));
            }
            read(comparison.valuePath());
        }
    }

    private void template(Template template) {
        if (template != null) {
            template(template.source());
        }
    }

    private void template(JsonNode node) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (field.getKey().endsWith(".$") && field.getValue().isTextual()) {
                    Matcher matcher = INPUT_PATH.matcher(field.getValue().asText());
                    while (matcher.find()) {
                        readText(matcher.group());
                    }
                } else {
                    template(field.getValue());
                }
            });
        } else if (node.isArray()) {
            node.forEach(this::template);
        }
    }

    private void readText(String text) {
        try {
            read(CompiledPath.compile(text));
        } catch (RuntimeException notAPath) {
            // an intrinsic argument the pattern misread: nothing to aim at
        }
    }

    private void read(CompiledPath path) {
        target(path);
    }

    /** The target of an input path that inputs can be built at, else {@code null}. */
    private PathTarget target(CompiledPath path) {
        if (path == null || path.root() != CompiledPath.Root.INPUT || path.isRoot() || !path.isDefinite()) {
            return null;
        }
        return targets.computeIfAbsent(path.text(), text -> new PathTarget(path));
    }

    private static JsonNode place(JsonNode input, CompiledPath path, JsonNode value) {
        try {
            return ReferencePath.compile(path.text()).place(input, value);
        } catch (RuntimeException cannotPlace) {
            return input;
        }
    }
}
