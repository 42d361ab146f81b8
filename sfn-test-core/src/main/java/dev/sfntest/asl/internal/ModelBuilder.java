package dev.sfntest.asl.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.Catcher;
import dev.sfntest.asl.ChoiceBranch;
import dev.sfntest.asl.ChoiceState;
import dev.sfntest.asl.ErrorHandling;
import dev.sfntest.asl.FailState;
import dev.sfntest.asl.FieldValue;
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
import dev.sfntest.data.jsonata.JsonataTemplate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the immutable model from a definition tree that the validator has accepted. Paths,
 * templates and JSONata values are compiled here, once, each field as the table of
 * {@link StateFields} gives its kind.
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
                text(definition, "Version"), language, definition);
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
        QueryLanguage language = common.queryLanguage();
        return switch (type) {
            case "Pass" -> new PassState(common, node.get("Result"), template(node, "Parameters"),
                    referencePath(node, "ResultPath"));
            case "Task" -> new TaskState(common, text(node, "Resource"), template(node, "Parameters"),
                    value(type, node, "Arguments", language), handling(node, pointer, language),
                    value(type, node, "TimeoutSeconds", language), path(node, "TimeoutSecondsPath"),
                    value(type, node, "HeartbeatSeconds", language), path(node, "HeartbeatSecondsPath"),
                    value(type, node, "Credentials", language));
            case "Choice" -> new ChoiceState(common, choices(node, pointer, language), text(node, "Default"));
            case "Wait" -> new WaitState(common, value(type, node, "Seconds", language), path(node, "SecondsPath"),
                    value(type, node, "Timestamp", language), path(node, "TimestampPath"));
            case "Succeed" -> new SucceedState(common);
            case "Fail" -> new FailState(common, value(type, node, "Error", language), dynamic(node, "ErrorPath"),
                    value(type, node, "Cause", language), dynamic(node, "CausePath"));
            case "Parallel" -> new ParallelState(common, branches(node, pointer), template(node, "Parameters"),
                    value(type, node, "Arguments", language), handling(node, pointer, language));
            case "Map" -> map(common, node, pointer);
            default -> throw new IllegalArgumentException("Unknown state type '" + type + "' at " + pointer);
        };
    }

    private StateCommon common(String name, JsonNode node, String pointer) {
        QueryLanguage language = languageOf(node, machineLanguage);
        String type = text(node, "Type");
        return new StateCommon(name, pointer, text(node, "Comment"), language,
                text(node, "Next"), node.path("End").asBoolean(false), optionalPath(node, "InputPath"),
                optionalPath(node, "OutputPath"), value(type, node, "Assign", language),
                value(type, node, "Output", language));
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
        QueryLanguage language = common.queryLanguage();
        return new MapState(common, graph(processor, pointer + "/" + processorField), processorConfig,
                node.has("ItemsPath") ? optionalPath(node, "ItemsPath") : ROOT, value("Map", node, "Items", language),
                value("Map", node, selectorField, language),
                value("Map", node, "MaxConcurrency", language), path(node, "MaxConcurrencyPath"),
                value("Map", node, "ToleratedFailureCount", language), path(node, "ToleratedFailureCountPath"),
                value("Map", node, "ToleratedFailurePercentage", language),
                path(node, "ToleratedFailurePercentagePath"), itemReader(node, language),
                itemBatcher(node, language), resultWriter(node, language),
                text(node, "Label"), handling(node, pointer, language));
    }

    private MapState.ItemReader itemReader(JsonNode node, QueryLanguage language) {
        FieldValue value = value("Map", node, "ItemReader", language);
        if (value == null) {
            return null;
        }
        JsonNode reader = node.get("ItemReader");
        return new MapState.ItemReader(value, text(reader, "Resource"),
                template(StateFields.ITEM_READER, reader, "Parameters", language),
                path(StateFields.READER_CONFIG, reader.path("ReaderConfig"), "MaxItemsPath", language));
    }

    private MapState.ItemBatcher itemBatcher(JsonNode node, QueryLanguage language) {
        FieldValue value = value("Map", node, "ItemBatcher", language);
        if (value == null) {
            return null;
        }
        JsonNode batcher = node.get("ItemBatcher");
        String owner = StateFields.ITEM_BATCHER;
        return new MapState.ItemBatcher(value, template(owner, batcher, "BatchInput", language),
                path(owner, batcher, "MaxItemsPerBatchPath", language),
                path(owner, batcher, "MaxInputBytesPerBatchPath", language));
    }

    private MapState.ResultWriter resultWriter(JsonNode node, QueryLanguage language) {
        FieldValue value = value("Map", node, "ResultWriter", language);
        if (value == null) {
            return null;
        }
        JsonNode writer = node.get("ResultWriter");
        return new MapState.ResultWriter(value, text(writer, "Resource"),
                template(StateFields.RESULT_WRITER, writer, "Parameters", language));
    }

    private ErrorHandling handling(JsonNode node, String pointer, QueryLanguage language) {
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
                    referencePath(entry, "ResultPath"), value(StateFields.CATCHER, entry, "Assign", language),
                    value(StateFields.CATCHER, entry, "Output", language), pointer + "/Catch/" + i));
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

    private List<ChoiceBranch> choices(JsonNode node, String pointer, QueryLanguage language) {
        List<ChoiceBranch> branches = new ArrayList<>();
        JsonNode choices = node.path("Choices");
        for (int i = 0; i < choices.size(); i++) {
            JsonNode choice = choices.get(i);
            String rule = StateFields.CHOICE_RULE;
            branches.add(new ChoiceBranch(ChoiceRules.parse(choice, value(rule, choice, "Condition", language)),
                    text(choice, "Next"), value(rule, choice, "Assign", language),
                    value(rule, choice, "Output", language), pointer + "/Choices/" + i));
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

    /**
     * The compiled path of a {@link StateFields.Kind#PATH PATH} field of {@code owner} in a JSONPath
     * state; {@code null} when absent, in JSONata, or not such a field.
     */
    private CompiledPath path(String owner, JsonNode node, String field, QueryLanguage language) {
        StateFields.Field spec = StateFields.field(owner, field);
        return spec == null || spec.kind() != StateFields.Kind.PATH || language != QueryLanguage.JSONPATH
                || !spec.languages().allows(language) ? null : path(node, field);
    }

    /**
     * The compiled payload template of a {@link StateFields.Kind#TEMPLATE TEMPLATE} field of
     * {@code owner} in a JSONPath state (a JSONata object is evaluated whole); {@code null} when
     * absent, in JSONata, or not such a field.
     */
    private Template template(String owner, JsonNode node, String field, QueryLanguage language) {
        StateFields.Field spec = StateFields.field(owner, field);
        return spec == null || spec.kind() != StateFields.Kind.TEMPLATE || language != QueryLanguage.JSONPATH
                || !spec.languages().allows(language) ? null : template(node, field);
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

    /**
     * The compiled value of a data field of {@code owner} (a state type, a Catcher, a Choice rule)
     * in {@code language}, by the field's kind in {@link StateFields}: a JSONata value in a
     * JSONata state, a payload template or a literal in a JSONPath one; {@code null} when absent
     * or not a field of {@code owner} in {@code language}.
     */
    FieldValue value(String owner, JsonNode node, String field, QueryLanguage language) {
        JsonNode written = node.get(field);
        StateFields.Field spec = StateFields.field(owner, field);
        if (written == null || spec == null || !spec.languages().allows(language)) {
            return null;
        }
        return switch (spec.kind()) {
            case VALUE -> language == QueryLanguage.JSONATA ? jsonata(written) : new FieldValue.Literal(written);
            case TEMPLATE -> language == QueryLanguage.JSONATA ? jsonata(written)
                    : new FieldValue.Payload(template(node, field));
            default -> throw new IllegalArgumentException("'" + field + "' of " + owner + " is not a data field");
        };
    }

    /** {@link #value} of one field, outside a definition. */
    static FieldValue fieldValue(String owner, JsonNode node, String field, QueryLanguage language) {
        return new ModelBuilder(language).value(owner, node, field, language);
    }

    private static FieldValue jsonata(JsonNode written) {
        JsonataTemplate template = JsonataTemplate.compile(written);
        return template.isConstant() ? new FieldValue.Literal(written) : new FieldValue.Jsonata(template);
    }

    private Template template(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null ? null
                : Template.compile(value, text -> dynamicValues.computeIfAbsent(text, DynamicValue::compile));
    }
}
