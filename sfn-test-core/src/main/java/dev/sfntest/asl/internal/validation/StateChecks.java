package dev.sfntest.asl.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.QueryLanguage;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One state: its type, its fields for its query language, its transition and its data fields. */
final class StateChecks {
    /** Fields checked on their own (nested scopes, Choice rules, Catchers), not as the state's JSONata strings. */
    private static final Set<String> NESTED = Set.of("Branches", "ItemProcessor", "Iterator", "Choices", "Catch");

    private final Checks checks;
    private final ScopeChecks scopes;
    private final DataChecks data;
    private final TaskChecks task;
    private final SimpleStateChecks simple;
    private final ChoiceChecks choice;
    private final CompositeChecks composite;
    private final ErrorHandlingChecks errorHandling;

    StateChecks(Checks checks, ScopeChecks scopes) {
        this.checks = checks;
        this.scopes = scopes;
        this.data = new DataChecks(checks);
        this.task = new TaskChecks(checks, data);
        this.simple = new SimpleStateChecks(checks, data);
        this.choice = new ChoiceChecks(checks, data);
        this.composite = new CompositeChecks(checks, data, scopes);
        this.errorHandling = new ErrorHandlingChecks(checks, data);
    }

    void check(String name, JsonNode state, String pointer) {
        if (!checks.required(state, "Type", pointer, "State '" + name + "'")) {
            return;
        }
        JsonNode typeNode = state.get("Type");
        if (!typeNode.isTextual() || !FieldRules.STATE_TYPES.contains(typeNode.textValue())) {
            String written = typeNode.isTextual() ? typeNode.textValue() : Checks.show(typeNode);
            checks.report().error("UNKNOWN_STATE_TYPE", pointer + "/Type", "'" + written
                    + "' is not a state type; use one of " + String.join(", ", FieldRules.STATE_TYPES)
                    + (typeNode.isTextual() ? Suggestions.didYouMean(written, FieldRules.STATE_TYPES) : ""));
            return;
        }
        String type = typeNode.textValue();
        QueryLanguage declared = language(state, pointer);
        if (declared == null) {
            // an invalid QueryLanguage is reported once: the fields of either language are let through
            Set<String> either = new LinkedHashSet<>(FieldRules.allowed(type, QueryLanguage.JSONPATH));
            either.addAll(FieldRules.allowed(type, QueryLanguage.JSONATA));
            checks.unknownFields(state, pointer, either, "a " + type + " state", field -> null);
        }
        QueryLanguage language = declared != null ? declared : guess(type, state);
        String what = "a " + type + " state" + (language == QueryLanguage.JSONATA ? " using JSONata" : "");
        if (declared != null) {
            checks.unknownFields(state, pointer, FieldRules.allowed(type, language), what,
                    field -> FieldRules.mismatch(type, field, language));
        }
        checks.string(state, "Comment", pointer);
        if (FieldRules.allowed(type, language).contains("Next")) {
            transition(name, state, pointer);
        }
        if (language == QueryLanguage.JSONPATH) {
            jsonPathFields(state, pointer);
        } else {
            jsonataFields(type, state, pointer);
        }
        switch (type) {
            case "Task" -> task.check(state, pointer, language);
            case "Wait" -> simple.waitState(state, pointer, language);
            case "Fail" -> simple.fail(state, pointer, language);
            case "Choice" -> choice.check(state, pointer, language);
            case "Parallel" -> composite.parallel(state, pointer);
            case "Map" -> composite.map(state, pointer, language);
            default -> {
            }
        }
        if (type.equals("Task") || type.equals("Parallel") || type.equals("Map")) {
            errorHandling.check(state, pointer, language);
        }
    }

    /** The state's query language, or {@code null} when its own or the machine's value is invalid. */
    private QueryLanguage language(JsonNode state, String pointer) {
        QueryLanguage machine = scopes.machineLanguage();
        JsonNode written = state.get("QueryLanguage");
        if (written == null) {
            return machine;
        }
        checks.oneOf(state, "QueryLanguage", pointer, List.of("JSONPath", "JSONata"));
        QueryLanguage own = QueryLanguage.fromAslName(written.asText());
        if (own == QueryLanguage.JSONPATH && machine == QueryLanguage.JSONATA) {
            checks.report().error("INVALID_QUERY_LANGUAGE", pointer + "/QueryLanguage", "A state cannot use JSONPath "
                    + "when the state machine's QueryLanguage is JSONata; remove the state's QueryLanguage, or set "
                    + "the machine's to JSONPath and opt states into JSONata one by one");
        }
        return own;
    }

    /** The language whose fields the state uses, for a state whose QueryLanguage is invalid. */
    private static QueryLanguage guess(String type, JsonNode state) {
        Set<String> jsonPath = FieldRules.allowed(type, QueryLanguage.JSONPATH);
        for (Iterator<String> it = state.fieldNames(); it.hasNext(); ) {
            if (!jsonPath.contains(it.next())) {
                return QueryLanguage.JSONATA;
            }
        }
        return QueryLanguage.JSONPATH;
    }

    private void transition(String name, JsonNode state, String pointer) {
        checks.string(state, "Next", pointer);
        JsonNode end = state.get("End");
        if (end != null && !end.isBoolean()) {
            checks.report().error("INVALID_TYPE", pointer + "/End", "'End' must be true or absent, found "
                    + Checks.show(end));
            return;
        }
        boolean ends = end != null && end.booleanValue();
        if (ends && state.has("Next")) {
            checks.report().error("CONFLICTING_FIELDS", pointer + "/End", "State '" + name
                    + "' has both 'Next' and \"End\": true; keep one of them");
        } else if (!ends && !state.has("Next")) {
            checks.report().error("MISSING_TRANSITION", pointer, "State '" + name + "' needs either 'Next' "
                    + "(the state to move to) or \"End\": true");
        }
    }

    private void jsonPathFields(JsonNode state, String pointer) {
        data.path(state, "InputPath", pointer, true);
        data.path(state, "OutputPath", pointer, true);
        data.referencePath(state, "ResultPath", pointer);
        data.template(state, "Parameters", pointer);
        data.template(state, "ResultSelector", pointer);
        for (String field : List.of("ResultSelector", "Assign")) {
            checks.object(state, field, pointer);
        }
        data.template(state, "Assign", pointer);
    }

    private void jsonataFields(String type, JsonNode state, String pointer) {
        checks.object(state, "Assign", pointer);
        boolean hasResult = type.equals("Task") || type.equals("Parallel") || type.equals("Map");
        data.jsonataFields(state, pointer, NESTED, hasResult ? Set.of("Output", "Assign") : Set.of(), Set.of());
    }
}
