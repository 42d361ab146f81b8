package dev.sfntest.asl.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.Catcher;
import dev.sfntest.asl.ChoiceBranch;
import dev.sfntest.asl.ChoiceState;
import dev.sfntest.asl.ErrorHandling;
import dev.sfntest.asl.FailState;
import dev.sfntest.asl.MapState;
import dev.sfntest.asl.ParallelState;
import dev.sfntest.asl.PassState;
import dev.sfntest.asl.QueryLanguage;
import dev.sfntest.asl.Retrier;
import dev.sfntest.asl.State;
import dev.sfntest.asl.StateCommon;
import dev.sfntest.asl.StateGraph;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.asl.SucceedState;
import dev.sfntest.asl.TaskState;
import dev.sfntest.asl.WaitState;
import dev.sfntest.data.DynamicValue;
import dev.sfntest.data.CompiledPath;
import dev.sfntest.data.ReferencePath;
import dev.sfntest.data.Template;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the immutable model from a definition tree that the validator has accepted. Paths and
 * templates are compiled here, once.
 */
public final class ModelBuilder {
    private static final CompiledPath ROOT = CompiledPath.compile("$");
    private static final ReferencePath ROOT_REFERENCE = ReferencePath.compile("$");

    private final QueryLanguage machineLanguage;
    /** Compiled texts of this definition, by text: definitions repeat paths and expressions. */
    private final Map<String, CompiledPath> paths = new HashMap<>();
    private final Map<String, DynamicValue> dynamicValues = new HashMap<>();
    private final Map<String, ReferencePath> referencePaths = new HashMap<>();

    private ModelBuilder(QueryLanguage machineLanguage) {
        this.machineLanguage = machineLanguage;
    }

    /** The model of a valid definition. */
    public static StateMachine build(JsonNode definition) {
        QueryLanguage language = languageOf(definition, QueryLanguage.JSONPATH);
        ModelBuilder builder = new ModelBuilder(language);
        StateGraph graph = builder.graph(definition, "");
        JsonNode timeout = definition.get("TimeoutSeconds");
        return new StateMachine(graph, timeout != null && timeout.isNumber() ? timeout.longValue() : null,
                text(definition, "Version"), language, definition, ExpressionCompiler.compile(definition, language));
    }

    private static QueryLanguage languageOf(JsonNode node, QueryLanguage inherited) {
        JsonNode language = node.get("QueryLanguage");
        if (language == null || !language.isTextual()) {
            return inherited;
        }
        QueryLanguage parsed = QueryLanguage.fromAslName(language.textValue());
        return parsed != null ? parsed : inherited;
    }

    StateGraph graph(JsonNode node, String pointer) {
        Map<String, State> states = new LinkedHashMap<>();
        JsonNode statesNode = node.path("States");
        for (Iterator<Map.Entry<String, JsonNode>> it = statesNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String statePointer = pointer + "/States/" + Pointers.escape(entry.getKey());
            states.put(entry.getKey(), state(entry.getKey(), entry.getValue(), statePointer));
        }
        return new StateGraph(text(node, "StartAt"), states, text(node, "Comment"), pointer);
    }

    private State state(String name, JsonNode node, String pointer) {
        StateCommon common = common(name, node, pointer);
        String type = text(node, "Type");
        return switch (type) {
            case "Pass" -> new PassState(common, node.get("Result"), template(node, "Parameters"),
                    referencePath(node, "ResultPath"));
            case "Task" -> new TaskState(common, text(node, "Resource"), template(node, "Parameters"),
                    node.get("Arguments"), handling(node, pointer), node.get("TimeoutSeconds"),
                    path(node, "TimeoutSecondsPath"), node.get("HeartbeatSeconds"),
                    path(node, "HeartbeatSecondsPath"), node.get("Credentials"));
            case "Choice" -> new ChoiceState(common, choices(node, pointer), text(node, "Default"));
            case "Wait" -> new WaitState(common, node.get("Seconds"), path(node, "SecondsPath"),
                    node.get("Timestamp"), path(node, "TimestampPath"));
            case "Succeed" -> new SucceedState(common);
            case "Fail" -> new FailState(common, node.get("Error"), dynamic(node, "ErrorPath"), node.get("Cause"),
                    dynamic(node, "CausePath"));
            case "Parallel" -> new ParallelState(common, branches(node, pointer), template(node, "Parameters"),
                    node.get("Arguments"), handling(node, pointer));
            case "Map" -> map(common, node, pointer);
            default -> throw new IllegalArgumentException("Unknown state type '" + type + "' at " + pointer);
        };
    }

    private StateCommon common(String name, JsonNode node, String pointer) {
        return new StateCommon(name, pointer, text(node, "Comment"), languageOf(node, machineLanguage),
                text(node, "Next"), node.path("End").asBoolean(false), optionalPath(node, "InputPath"),
                optionalPath(node, "OutputPath"), node.get("Assign"), node.get("Output"));
    }

    private List<StateGraph> branches(JsonNode node, String pointer) {
        List<StateGraph> branches = new ArrayList<>();
        JsonNode list = node.path("Branches");
        for (int i = 0; i < list.size(); i++) {
            branches.add(graph(list.get(i), pointer + "/Branches/" + i));
        }
        return branches;
    }

    private MapState map(StateCommon common, JsonNode node, String pointer) {
        String processorField = node.has("ItemProcessor") ? "ItemProcessor" : "Iterator";
        JsonNode processor = node.path(processorField);
        JsonNode config = processor.path("ProcessorConfig");
        MapState.ProcessorConfig processorConfig = new MapState.ProcessorConfig(
                config.path("Mode").asText("INLINE"), text(config, "ExecutionType"));
        String selectorField = node.has("ItemSelector") ? "ItemSelector" : "Parameters";
        return new MapState(common, graph(processor, pointer + "/" + processorField), processorConfig,
                node.has("ItemsPath") ? optionalPath(node, "ItemsPath") : ROOT, node.get("Items"),
                common.queryLanguage() == QueryLanguage.JSONATA ? null : template(node, selectorField),
                node.get("MaxConcurrency"), path(node, "MaxConcurrencyPath"),
                node.get("ToleratedFailureCount"), path(node, "ToleratedFailureCountPath"),
                node.get("ToleratedFailurePercentage"), path(node, "ToleratedFailurePercentagePath"),
                node.get("ItemReader"), node.get("ItemBatcher"), node.get("ResultWriter"), text(node, "Label"),
                handling(node, pointer));
    }

    private ErrorHandling handling(JsonNode node, String pointer) {
        List<Retrier> retriers = new ArrayList<>();
        JsonNode retry = node.path("Retry");
        for (int i = 0; i < retry.size(); i++) {
            retriers.add(retrier(retry.get(i), pointer + "/Retry/" + i));
        }
        List<Catcher> catchers = new ArrayList<>();
        JsonNode catchList = node.path("Catch");
        for (int i = 0; i < catchList.size(); i++) {
            JsonNode entry = catchList.get(i);
            catchers.add(new Catcher(strings(entry.path("ErrorEquals")), text(entry, "Next"),
                    referencePath(entry, "ResultPath"), entry.get("Assign"), entry.get("Output"),
                    pointer + "/Catch/" + i));
        }
        return new ErrorHandling(template(node, "ResultSelector"), referencePath(node, "ResultPath"), retriers,
                catchers);
    }

    private static Retrier retrier(JsonNode entry, String pointer) {
        JsonNode maxDelay = entry.get("MaxDelaySeconds");
        return new Retrier(strings(entry.path("ErrorEquals")), entry.path("IntervalSeconds").asLong(1),
                entry.path("MaxAttempts").asInt(3), entry.path("BackoffRate").asDouble(2.0),
                maxDelay != null && maxDelay.isNumber() ? maxDelay.longValue() : null,
                "FULL".equals(text(entry, "JitterStrategy")) ? Retrier.JitterStrategy.FULL
                        : Retrier.JitterStrategy.NONE, pointer);
    }

    private List<ChoiceBranch> choices(JsonNode node, String pointer) {
        List<ChoiceBranch> branches = new ArrayList<>();
        JsonNode choices = node.path("Choices");
        for (int i = 0; i < choices.size(); i++) {
            JsonNode choice = choices.get(i);
            branches.add(new ChoiceBranch(ChoiceRules.parse(choice), text(choice, "Next"), choice.get("Assign"),
                    choice.get("Output"), pointer + "/Choices/" + i));
        }
        return branches;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    private CompiledPath path(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : paths.computeIfAbsent(value, CompiledPath::compile);
    }

    private DynamicValue dynamic(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : dynamicValues.computeIfAbsent(value, DynamicValue::compile);
    }

    /** {@code $} when absent, {@code null} when JSON null. */
    private CompiledPath optionalPath(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return ROOT;
        }
        return value.isNull() ? null : paths.computeIfAbsent(value.asText(), CompiledPath::compile);
    }

    private ReferencePath referencePath(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return ROOT_REFERENCE;
        }
        return value.isNull() ? null : referencePaths.computeIfAbsent(value.asText(), ReferencePath::compile);
    }

    private Template template(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null ? null
                : Template.compile(value, text -> dynamicValues.computeIfAbsent(text, DynamicValue::compile));
    }
}
