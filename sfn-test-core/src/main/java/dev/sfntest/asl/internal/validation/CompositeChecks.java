package dev.sfntest.asl.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.QueryLanguage;
import java.util.List;
import java.util.Set;

/** Parallel and Map states: branches, processors and the Map's item and failure settings. */
final class CompositeChecks {
    private static final List<String> DISTRIBUTED_ONLY = List.of("ItemReader", "ItemBatcher", "ResultWriter");

    private final Checks checks;
    private final DataChecks data;
    private final ScopeChecks scopes;
    private final DistributedMapChecks distributed;

    CompositeChecks(Checks checks, DataChecks data, ScopeChecks scopes) {
        this.checks = checks;
        this.data = data;
        this.scopes = scopes;
        this.distributed = new DistributedMapChecks(checks, data);
    }

    void parallel(JsonNode state, String pointer) {
        if (!checks.required(state, "Branches", pointer, "A Parallel state")) {
            return;
        }
        JsonNode branches = state.get("Branches");
        if (!branches.isArray() || branches.isEmpty()) {
            checks.report().error(branches.isArray() ? "INVALID_VALUE" : "INVALID_TYPE", pointer + "/Branches",
                    "'Branches' must be a non-empty array of {\"StartAt\", \"States\"} objects, found "
                            + Checks.show(branches));
            return;
        }
        for (int i = 0; i < branches.size(); i++) {
            nestedScope(branches.get(i), Checks.pointer(pointer + "/Branches", i), "Branch " + i, false);
        }
    }

    void map(JsonNode state, String pointer, QueryLanguage language) {
        String mode = processor(state, pointer);
        checks.exclusive(state, "ItemSelector", "Parameters", pointer);
        if (!(language == QueryLanguage.JSONATA && Checks.isJsonata(state.get("ItemSelector")))) {
            checks.object(state, "ItemSelector", pointer); // a JSONata ItemSelector may be one {% %} string (CDK)
        }
        if (language == QueryLanguage.JSONPATH) {
            data.template(state, "ItemSelector", pointer);
            data.path(state, "ItemsPath", pointer, false);
        } else {
            JsonNode items = state.get("Items");
            if (items != null && !items.isArray() && !Checks.isJsonata(items) && !Checks.isPlaceholder(items)) {
                checks.report().error("INVALID_TYPE", pointer + "/Items", "'Items' must be an array or a JSONata "
                        + "expression \"{% ... %}\", found " + Checks.show(items));
            }
        }
        checks.integer(state, "MaxConcurrency", pointer, 0, Checks.MAX_INTEGER, language);
        checks.exclusive(state, "MaxConcurrency", "MaxConcurrencyPath", pointer);
        checks.integer(state, "ToleratedFailureCount", pointer, 0, Checks.MAX_INTEGER, language);
        checks.exclusive(state, "ToleratedFailureCount", "ToleratedFailureCountPath", pointer);
        percentage(state, pointer, language);
        checks.exclusive(state, "ToleratedFailurePercentage", "ToleratedFailurePercentagePath", pointer);
        for (String field : List.of("MaxConcurrencyPath", "ToleratedFailureCountPath",
                "ToleratedFailurePercentagePath")) {
            data.path(state, field, pointer, false);
        }
        for (String field : DISTRIBUTED_ONLY) {
            if (checks.object(state, field, pointer) && mode != null && !"DISTRIBUTED".equals(mode)) {
                checks.report().error("DISTRIBUTED_ONLY", Checks.pointer(pointer, field), "'" + field + "' is only "
                        + "allowed in a Distributed Map; set \"ProcessorConfig\": {\"Mode\": \"DISTRIBUTED\", "
                        + "\"ExecutionType\": \"STANDARD\"} in the ItemProcessor");
            }
        }
        JsonNode reader = state.get("ItemReader");
        if (reader != null && reader.isObject()) {
            if (checks.required(reader, "Resource", pointer + "/ItemReader", "'ItemReader'")) {
                checks.string(reader, "Resource", pointer + "/ItemReader");
            }
        }
        distributed.check(state, pointer, language);
    }

    /**
     * Checks ItemProcessor or Iterator and its scope; returns the processor mode, or {@code null}
     * when a structural mistake leaves it unknown (so that no finding cascades from a guess).
     */
    private String processor(JsonNode state, String pointer) {
        if (!checks.exclusive(state, "ItemProcessor", "Iterator", pointer)) {
            return null;
        }
        String field = state.has("ItemProcessor") ? "ItemProcessor" : "Iterator";
        if (!checks.required(state, field, pointer, "A Map state")) {
            return null;
        }
        JsonNode processor = state.get(field);
        String at = pointer + "/" + field;
        if (!nestedScope(processor, at, "The " + field + " of this Map state", true)) {
            return null;
        }
        if (!processor.has("ProcessorConfig")) {
            return "INLINE";
        }
        if (!checks.object(processor, "ProcessorConfig", at)) {
            return null;
        }
        JsonNode config = processor.get("ProcessorConfig");
        String configPointer = at + "/ProcessorConfig";
        checks.unknownFields(config, configPointer, Set.of("Mode", "ExecutionType"), "'ProcessorConfig'",
                name -> null);
        checks.oneOf(config, "Mode", configPointer, List.of("INLINE", "DISTRIBUTED"));
        checks.oneOf(config, "ExecutionType", configPointer, List.of("STANDARD", "EXPRESS"));
        JsonNode modeNode = config.get("Mode");
        if (modeNode != null && !(modeNode.isTextual() && List.of("INLINE", "DISTRIBUTED").contains(modeNode.textValue()))) {
            return null;
        }
        String mode = modeNode == null ? "INLINE" : modeNode.textValue();
        if (mode.equals("DISTRIBUTED")) {
            checks.required(config, "ExecutionType", configPointer, "A Distributed Map's 'ProcessorConfig'");
        }
        return mode;
    }

    private boolean nestedScope(JsonNode scope, String pointer, String what, boolean processor) {
        if (!scope.isObject()) {
            checks.report().error("INVALID_TYPE", pointer, what + " must be an object with 'StartAt' and 'States', "
                    + "found " + Checks.show(scope));
            return false;
        }
        checks.unknownFields(scope, pointer, FieldRules.scope(processor), what.substring(0, 1).toLowerCase()
                + what.substring(1), name -> null);
        checks.string(scope, "Comment", pointer);
        scopes.scope(scope, pointer, what);
        return true;
    }

    private void percentage(JsonNode state, String pointer, QueryLanguage language) {
        JsonNode value = state.get("ToleratedFailurePercentage");
        if (value == null || Checks.isPlaceholder(value) || language == QueryLanguage.JSONATA && Checks.isJsonata(value)) {
            return;
        }
        if (!value.isNumber() || value.doubleValue() < 0 || value.doubleValue() > 100) {
            checks.report().error(value.isNumber() ? "INVALID_VALUE" : "INVALID_TYPE",
                    pointer + "/ToleratedFailurePercentage", "'ToleratedFailurePercentage' must be a number from 0 "
                            + "to 100, found " + Checks.show(value));
        }
    }
}
