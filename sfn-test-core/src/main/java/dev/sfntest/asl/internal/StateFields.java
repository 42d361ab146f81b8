package dev.sfntest.asl.internal;

import dev.sfntest.asl.ComparisonOperator;
import dev.sfntest.asl.QueryLanguage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one table of fields per state type (and per Catcher, Choice rule, and distributed Map
 * object: {@code ItemReader}, its {@code ReaderConfig}, {@code ItemBatcher}, {@code ResultWriter}):
 * each field's name, the query languages allowing it, and its kind, as AWS documents them. The
 * validator reads it for the fields it accepts; the model builder reads it for how each field is
 * compiled.
 */
public final class StateFields {
    /** The state types, in the order messages list them. */
    public static final List<String> STATE_TYPES =
            List.of("Task", "Pass", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map");
    /** The owner name of a {@code Catch} entry's fields. */
    public static final String CATCHER = "Catcher";
    /** The owner name of a top-level {@code Choices} entry's fields. */
    public static final String CHOICE_RULE = "Choice rule";
    /** The owner name of a Choice rule nested in {@code And}, {@code Or} or {@code Not}. */
    public static final String NESTED_CHOICE_RULE = "nested Choice rule";
    /** The owner name of a distributed Map's {@code ItemReader} fields. */
    public static final String ITEM_READER = "ItemReader";
    /** The owner name of the fields of an {@code ItemReader}'s {@code ReaderConfig}. */
    public static final String READER_CONFIG = "ReaderConfig";
    /** The owner name of a distributed Map's {@code ItemBatcher} fields. */
    public static final String ITEM_BATCHER = "ItemBatcher";
    /** The owner name of a distributed Map's {@code ResultWriter} fields. */
    public static final String RESULT_WRITER = "ResultWriter";
    /** The distributed Map's objects whose data fields the table lists, each with its pointer below the state. */
    public static final Map<String, String> MAP_OBJECTS = mapObjects();

    /** How a field's value is read. */
    public enum Kind {
        /** Structure or a value never evaluated: {@code Type}, {@code Next}, {@code Retry}, {@code Result}. */
        PLAIN,
        /** A JSONPath path: {@code InputPath}, {@code ItemsPath}, {@code TimeoutSecondsPath}. */
        PATH,
        /** A reference path: {@code ResultPath}. */
        REFERENCE_PATH,
        /** A path or an intrinsic function call: {@code ErrorPath}, {@code CausePath}. */
        DYNAMIC,
        /** A payload template with JSONPath, a JSONata value with JSONata: {@code Parameters}, {@code Assign}. */
        TEMPLATE,
        /** A literal with JSONPath, a JSONata value with JSONata: {@code TimeoutSeconds}, {@code Output}. */
        VALUE
    }

    /** The query languages in which a field is allowed. */
    public enum Languages {
        /** Both JSONPath and JSONata. */
        BOTH,
        /** JSONPath only. */
        JSONPATH,
        /** JSONata only. */
        JSONATA;

        /** Whether the field is allowed in {@code language}. */
        public boolean allows(QueryLanguage language) {
            return this == BOTH || (this == JSONPATH) == (language == QueryLanguage.JSONPATH);
        }
    }

    /**
     * One field of a state type.
     *
     * @param name the ASL name
     * @param languages where it is allowed
     * @param kind how its value is read
     */
    public record Field(String name, Languages languages, Kind kind) {
    }

    /** The owners that need exactly one of some fields (or of their {@code ...Path} forms): those fields. */
    private static final Map<String, List<String>> EXACTLY_ONE = Map.of("Wait", List.of("Seconds", "Timestamp"));
    private static final Map<String, List<Field>> FIELDS = fieldsByOwner();
    private static final Map<String, Map<String, Field>> BY_NAME = byName();
    private static final Map<QueryLanguage, Map<String, Set<String>>> ALLOWED = allowedByLanguage();

    private StateFields() {
    }

    /** The fields of a state type, {@link #CATCHER} or a Choice rule, in a fixed order. */
    public static List<Field> of(String owner) {
        return FIELDS.get(owner);
    }

    /** The field named {@code name} of {@code owner}, or {@code null} when it has none. */
    public static Field field(String owner, String name) {
        return BY_NAME.get(owner).get(name);
    }

    /** The names of the fields {@code owner} allows in {@code language}, in a fixed order; unmodifiable. */
    public static Set<String> allowed(String owner, QueryLanguage language) {
        return ALLOWED.get(language).get(owner);
    }

    private static Map<String, List<Field>> fieldsByOwner() {
        Map<String, List<Field>> byOwner = new LinkedHashMap<>();
        for (String type : STATE_TYPES) {
            byOwner.put(type, List.copyOf(stateFields(type)));
        }
        byOwner.put(CATCHER, List.of(plain("ErrorEquals"), plain("Next"), plain("Comment"),
                new Field("Assign", Languages.BOTH, Kind.TEMPLATE),
                new Field("ResultPath", Languages.JSONPATH, Kind.REFERENCE_PATH),
                new Field("Output", Languages.JSONATA, Kind.VALUE)));
        byOwner.put(ITEM_READER, List.of(plain("Resource"), plain("ReaderConfig"),
                jsonPath("Parameters", Kind.TEMPLATE), jsonata("Arguments")));
        byOwner.put(READER_CONFIG, List.of(value("MaxItems"), jsonPath("MaxItemsPath", Kind.PATH)));
        byOwner.put(ITEM_BATCHER, List.of(value("MaxItemsPerBatch"), value("MaxInputBytesPerBatch"),
                new Field("BatchInput", Languages.BOTH, Kind.TEMPLATE), jsonPath("MaxItemsPerBatchPath", Kind.PATH),
                jsonPath("MaxInputBytesPerBatchPath", Kind.PATH)));
        byOwner.put(RESULT_WRITER, List.of(plain("Resource"), plain("WriterConfig"),
                jsonPath("Parameters", Kind.TEMPLATE), jsonata("Arguments")));
        byOwner.put(CHOICE_RULE, List.copyOf(choiceRuleFields(true)));
        byOwner.put(NESTED_CHOICE_RULE, List.copyOf(choiceRuleFields(false)));
        return Collections.unmodifiableMap(byOwner);
    }

    private static List<Field> choiceRuleFields(boolean topLevel) {
        List<Field> fields = new ArrayList<>(List.of(plain("Comment")));
        if (topLevel) {
            fields.add(plain("Next"));
            fields.add(new Field("Assign", Languages.BOTH, Kind.TEMPLATE));
            fields.add(jsonata("Output"));
        }
        fields.add(jsonata("Condition"));
        fields.add(jsonPath("Variable", Kind.PATH));
        for (String combinator : List.of("And", "Or", "Not")) {
            fields.add(jsonPath(combinator, Kind.PLAIN));
        }
        for (ComparisonOperator operator : ComparisonOperator.values()) {
            fields.add(jsonPath(operator.name(), operator.takesPath() ? Kind.PATH : Kind.PLAIN));
        }
        return fields;
    }

    private static List<Field> stateFields(String type) {
        List<Field> fields = new ArrayList<>(List.of(plain("Type"), plain("Comment"), plain("QueryLanguage")));
        boolean errorHandling = type.equals("Task") || type.equals("Parallel") || type.equals("Map");
        if (!type.equals("Choice") && !type.equals("Succeed") && !type.equals("Fail")) {
            fields.add(plain("Next"));
            fields.add(plain("End"));
        }
        if (!type.equals("Fail")) {
            fields.add(jsonPath("InputPath", Kind.PATH));
            fields.add(jsonPath("OutputPath", Kind.PATH));
            fields.add(jsonata("Output"));
        }
        if (!type.equals("Succeed") && !type.equals("Fail")) {
            fields.add(new Field("Assign", Languages.BOTH, Kind.TEMPLATE));
        }
        if (errorHandling) {
            fields.add(plain("Retry"));
            fields.add(plain("Catch"));
            fields.add(jsonPath("ResultPath", Kind.REFERENCE_PATH));
            fields.add(jsonPath("ResultSelector", Kind.TEMPLATE));
        }
        fields.addAll(ownFields(type));
        return fields;
    }

    /** The fields of one state type beyond the shared ones: both languages first, then each language's own. */
    private static List<Field> ownFields(String type) {
        return switch (type) {
            case "Task" -> List.of(plain("Resource"), new Field("Credentials", Languages.BOTH, Kind.TEMPLATE),
                    value("TimeoutSeconds"), value("HeartbeatSeconds"), jsonPath("Parameters", Kind.TEMPLATE),
                    jsonPath("TimeoutSecondsPath", Kind.PATH), jsonPath("HeartbeatSecondsPath", Kind.PATH),
                    jsonata("Arguments"));
            case "Pass" -> List.of(jsonPath("Parameters", Kind.TEMPLATE), jsonPath("Result", Kind.PLAIN),
                    jsonPath("ResultPath", Kind.REFERENCE_PATH));
            case "Choice" -> List.of(plain("Choices"), plain("Default"));
            case "Wait" -> List.of(value("Seconds"), value("Timestamp"), jsonPath("SecondsPath", Kind.PATH),
                    jsonPath("TimestampPath", Kind.PATH));
            case "Succeed" -> List.of();
            case "Fail" -> List.of(value("Error"), value("Cause"), jsonPath("ErrorPath", Kind.DYNAMIC),
                    jsonPath("CausePath", Kind.DYNAMIC));
            case "Parallel" -> List.of(plain("Branches"), jsonPath("Parameters", Kind.TEMPLATE), jsonata("Arguments"));
            case "Map" -> List.of(plain("ItemProcessor"), plain("Iterator"),
                    new Field("ItemSelector", Languages.BOTH, Kind.TEMPLATE), value("ItemReader"),
                    value("ItemBatcher"), value("ResultWriter"), value("MaxConcurrency"),
                    value("ToleratedFailurePercentage"), value("ToleratedFailureCount"), plain("Label"),
                    jsonPath("ItemsPath", Kind.PATH), jsonPath("Parameters", Kind.TEMPLATE),
                    jsonPath("MaxConcurrencyPath", Kind.PATH), jsonPath("ToleratedFailurePercentagePath", Kind.PATH),
                    jsonPath("ToleratedFailureCountPath", Kind.PATH), jsonata("Items"));
            default -> throw new IllegalArgumentException("Unknown state type " + type);
        };
    }

    /**
     * The fields of which {@code owner} needs exactly one, each followed by its JSONPath
     * {@code ...Path} form: a Wait state's {@code Seconds}, {@code SecondsPath}, {@code Timestamp},
     * {@code TimestampPath}; empty for other owners.
     */
    public static List<Field> exactlyOne(String owner) {
        List<Field> fields = new ArrayList<>();
        for (String name : EXACTLY_ONE.getOrDefault(owner, List.of())) {
            fields.add(field(owner, name));
            fields.add(field(owner, name + "Path"));
        }
        return List.copyOf(fields);
    }

    private static Map<String, String> mapObjects() {
        Map<String, String> objects = new LinkedHashMap<>();
        objects.put(ITEM_READER, "/ItemReader");
        objects.put(READER_CONFIG, "/ItemReader/ReaderConfig");
        objects.put(ITEM_BATCHER, "/ItemBatcher");
        objects.put(RESULT_WRITER, "/ResultWriter");
        return Collections.unmodifiableMap(objects);
    }

    private static Field plain(String name) {
        return new Field(name, Languages.BOTH, Kind.PLAIN);
    }

    private static Field value(String name) {
        return new Field(name, Languages.BOTH, Kind.VALUE);
    }

    private static Field jsonPath(String name, Kind kind) {
        return new Field(name, Languages.JSONPATH, kind);
    }

    private static Field jsonata(String name) {
        return new Field(name, Languages.JSONATA, Kind.VALUE);
    }

    private static Map<String, Map<String, Field>> byName() {
        Map<String, Map<String, Field>> byOwner = new HashMap<>();
        FIELDS.forEach((owner, fields) -> {
            Map<String, Field> byName = new HashMap<>();
            fields.forEach(field -> byName.put(field.name(), field));
            byOwner.put(owner, Map.copyOf(byName));
        });
        return Map.copyOf(byOwner);
    }

    private static Map<QueryLanguage, Map<String, Set<String>>> allowedByLanguage() {
        Map<QueryLanguage, Map<String, Set<String>>> byLanguage = new EnumMap<>(QueryLanguage.class);
        for (QueryLanguage language : QueryLanguage.values()) {
            Map<String, Set<String>> byOwner = new HashMap<>();
            FIELDS.forEach((owner, fields) -> {
                Set<String> names = new LinkedHashSet<>();
                fields.stream().filter(field -> field.languages().allows(language))
                        .forEach(field -> names.add(field.name()));
                byOwner.put(owner, Collections.unmodifiableSet(names));
            });
            byLanguage.put(language, Map.copyOf(byOwner));
        }
        return Collections.unmodifiableMap(byLanguage);
    }
}
