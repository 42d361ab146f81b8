package dev.sfntest.asl.internal.validation;

import dev.sfntest.asl.QueryLanguage;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which fields each state type allows, in each query language, as AWS documents them. A field
 * allowed only in the other language is a query-language mismatch, not an unknown field.
 */
final class FieldRules {
    static final List<String> STATE_TYPES =
            List.of("Task", "Pass", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map");

    private static final List<String> COMMON = List.of("Type", "Comment", "QueryLanguage");
    private static final List<String> TRANSITION = List.of("Next", "End");
    private static final List<String> JSONPATH_IO = List.of("InputPath", "OutputPath");
    private static final List<String> JSONATA_IO = List.of("Output");
    private static final List<String> ASSIGN = List.of("Assign");
    private static final List<String> ERROR_HANDLING = List.of("Retry", "Catch");
    private static final List<String> JSONPATH_RESULT = List.of("ResultPath", "ResultSelector");

    /** Fields a state type allows in both languages, beyond {@link #COMMON}. */
    private static final Map<String, List<String>> BOTH = Map.of(
            "Task", List.of("Resource", "Credentials", "TimeoutSeconds", "HeartbeatSeconds"),
            "Pass", List.of(),
            "Choice", List.of("Choices", "Default"),
            "Wait", List.of("Seconds", "Timestamp"),
            "Succeed", List.of(),
            "Fail", List.of("Error", "Cause"),
            "Parallel", List.of("Branches"),
            "Map", List.of("ItemProcessor", "Iterator", "ItemSelector", "ItemReader", "ItemBatcher",
                    "ResultWriter", "MaxConcurrency", "ToleratedFailurePercentage", "ToleratedFailureCount",
                    "Label"));

    /** Fields a state type allows only with JSONPath. */
    private static final Map<String, List<String>> JSONPATH_ONLY = Map.of(
            "Task", List.of("Parameters", "TimeoutSecondsPath", "HeartbeatSecondsPath"),
            "Pass", List.of("Parameters", "Result", "ResultPath"),
            "Choice", List.of(),
            "Wait", List.of("SecondsPath", "TimestampPath"),
            "Succeed", List.of(),
            "Fail", List.of("ErrorPath", "CausePath"),
            "Parallel", List.of("Parameters"),
            "Map", List.of("ItemsPath", "Parameters", "MaxConcurrencyPath", "ToleratedFailurePercentagePath",
                    "ToleratedFailureCountPath"));

    /** Fields a state type allows only with JSONata. */
    private static final Map<String, List<String>> JSONATA_ONLY = Map.of(
            "Task", List.of("Arguments"),
            "Pass", List.of(),
            "Choice", List.of(),
            "Wait", List.of(),
            "Succeed", List.of(),
            "Fail", List.of(),
            "Parallel", List.of("Arguments"),
            "Map", List.of("Items"));

    /** {@link #allowed} for every state type and language, worked out once (unmodifiable sets). */
    private static final Map<QueryLanguage, Map<String, Set<String>>> ALLOWED = allowedByLanguageAndType();

    private FieldRules() {
    }

    /** Every field the state type allows in the language, in a fixed order; unmodifiable. */
    static Set<String> allowed(String type, QueryLanguage language) {
        return ALLOWED.get(language).get(type);
    }

    private static Map<QueryLanguage, Map<String, Set<String>>> allowedByLanguageAndType() {
        Map<QueryLanguage, Map<String, Set<String>>> byLanguage = new EnumMap<>(QueryLanguage.class);
        for (QueryLanguage language : QueryLanguage.values()) {
            Map<String, Set<String>> byType = new HashMap<>();
            for (String type : STATE_TYPES) {
                byType.put(type, Collections.unmodifiableSet(computeAllowed(type, language)));
            }
            byLanguage.put(language, Map.copyOf(byType));
        }
        return Collections.unmodifiableMap(byLanguage);
    }

    private static Set<String> computeAllowed(String type, QueryLanguage language) {
        Set<String> fields = new LinkedHashSet<>(COMMON);
        boolean jsonPath = language == QueryLanguage.JSONPATH;
        if (!type.equals("Choice") && !type.equals("Succeed") && !type.equals("Fail")) {
            fields.addAll(TRANSITION);
        }
        if (!type.equals("Fail")) {
            fields.addAll(jsonPath ? JSONPATH_IO : JSONATA_IO);
        }
        if (!type.equals("Succeed") && !type.equals("Fail")) {
            fields.addAll(ASSIGN);
        }
        if (type.equals("Task") || type.equals("Parallel") || type.equals("Map")) {
            fields.addAll(ERROR_HANDLING);
            if (jsonPath) {
                fields.addAll(JSONPATH_RESULT);
            }
        }
        fields.addAll(BOTH.get(type));
        fields.addAll(jsonPath ? JSONPATH_ONLY.get(type) : JSONATA_ONLY.get(type));
        return fields;
    }

    /** Fields of a Catcher. */
    static Set<String> catcher(QueryLanguage language) {
        Set<String> fields = new LinkedHashSet<>(List.of("ErrorEquals", "Next", "Comment", "Assign"));
        fields.add(language == QueryLanguage.JSONPATH ? "ResultPath" : "Output");
        return fields;
    }

    /** Fields of a Retrier. */
    static final Set<String> RETRIER = Set.of("ErrorEquals", "IntervalSeconds", "MaxAttempts", "BackoffRate",
            "MaxDelaySeconds", "JitterStrategy", "Comment");

    /** Fields of the definition itself. */
    static final Set<String> TOP_LEVEL = Collections.unmodifiableSet(new LinkedHashSet<>(
            List.of("Comment", "StartAt", "States", "Version", "TimeoutSeconds", "QueryLanguage")));

    /** Fields of a Parallel branch or a Map processor (ItemProcessor or the legacy Iterator). */
    static Set<String> scope(boolean processor) {
        Set<String> fields = new LinkedHashSet<>(List.of("StartAt", "States", "Comment"));
        if (processor) {
            fields.add("ProcessorConfig");
        }
        return fields;
    }

    /**
     * A hint when a field belongs to the other language ({@code "'Arguments' is a JSONata
     * field..."}), or {@code null} when the field is unknown in both.
     */
    static String mismatch(String type, String field, QueryLanguage language) {
        QueryLanguage other = language == QueryLanguage.JSONPATH ? QueryLanguage.JSONATA : QueryLanguage.JSONPATH;
        if (!allowed(type, other).contains(field)) {
            return null;
        }
        return "'" + field + "' is a " + other.aslName() + " field, but this state uses " + language.aslName()
                + "; set \"QueryLanguage\": \"" + other.aslName() + "\"" + replacement(field, language);
    }

    /** The mismatch hint for a field of a Catcher or Choice rule. */
    static String mismatch(String field, QueryLanguage language) {
        QueryLanguage other = language == QueryLanguage.JSONPATH ? QueryLanguage.JSONATA : QueryLanguage.JSONPATH;
        String instead = language == QueryLanguage.JSONPATH
                ? Map.of("Condition", "Variable", "Output", "ResultPath").get(field)
                : Map.of("Variable", "Condition", "ResultPath", "Output").get(field);
        return "'" + field + "' is a " + other.aslName() + " field, but this state uses " + language.aslName()
                + "; set \"QueryLanguage\": \"" + other.aslName() + "\""
                + (instead == null ? " or remove it" : " or use '" + instead + "'");
    }

    private static String replacement(String field, QueryLanguage language) {
        String instead = language == QueryLanguage.JSONPATH
                ? Map.of("Arguments", "Parameters", "Output", "OutputPath", "Items", "ItemsPath",
                        "Condition", "Variable").get(field)
                : Map.of("Parameters", "Arguments", "OutputPath", "Output", "ResultSelector", "Output",
                        "ItemsPath", "Items", "ResultPath", "Output", "InputPath", "Arguments",
                        "Variable", "Condition").get(field);
        return instead == null ? " or remove it" : " or use '" + instead + "'";
    }
}
