package dev.sfntest.asl.internal.validation;

import dev.sfntest.asl.QueryLanguage;
import dev.sfntest.asl.internal.StateFields;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which fields each state type allows, in each query language, read from the one table of
 * {@link StateFields}; a field allowed only in the other language is a query-language mismatch,
 * not an unknown field.
 */
final class FieldRules {
    static final List<String> STATE_TYPES = StateFields.STATE_TYPES;

    private FieldRules() {
    }

    /** Every field the state type allows in the language, in a fixed order; unmodifiable. */
    static Set<String> allowed(String type, QueryLanguage language) {
        return StateFields.allowed(type, language);
    }

    /** Fields of a Catcher. */
    static Set<String> catcher(QueryLanguage language) {
        return StateFields.allowed(StateFields.CATCHER, language);
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
