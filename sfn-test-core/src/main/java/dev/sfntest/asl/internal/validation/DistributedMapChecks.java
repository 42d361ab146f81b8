package dev.sfntest.asl.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.QueryLanguage;
import dev.sfntest.asl.internal.StateFields;
import java.util.List;

/**
 * A Distributed Map's own settings, as AWS documents them: {@code ItemReader.ReaderConfig},
 * {@code ItemBatcher}, {@code ResultWriter.WriterConfig}, the data fields of these objects, and the
 * Map's {@code Label}.
 */
final class DistributedMapChecks {
    private static final int MAX_LABEL_LENGTH = 40;
    /** The characters AWS refuses in a Map Label (as in state machine and execution names). */
    private static final String LABEL_FORBIDDEN = "<>{}[]?*\"#%\\^|~`$&,;:/";

    private final Checks checks;
    private final DataChecks data;

    DistributedMapChecks(Checks checks, DataChecks data) {
        this.checks = checks;
        this.data = data;
    }

    void check(JsonNode state, String pointer, QueryLanguage language) {
        JsonNode reader = state.get("ItemReader");
        if (reader != null && reader.isObject() && checks.object(reader, "ReaderConfig", pointer + "/ItemReader")) {
            String at = pointer + "/ItemReader/ReaderConfig";
            JsonNode config = reader.get("ReaderConfig");
            checks.exclusive(config, "MaxItems", "MaxItemsPath", at);
            checks.integer(config, "MaxItems", at, 0, Checks.MAX_INTEGER, language);
        }
        JsonNode batcher = state.get("ItemBatcher");
        if (batcher != null && batcher.isObject()) {
            String at = pointer + "/ItemBatcher";
            checks.exclusive(batcher, "MaxItemsPerBatch", "MaxItemsPerBatchPath", at);
            checks.exclusive(batcher, "MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath", at);
            checks.integer(batcher, "MaxItemsPerBatch", at, 1, Checks.MAX_INTEGER, language);
            checks.integer(batcher, "MaxInputBytesPerBatch", at, 1, 262_144, language);
        }
        JsonNode writer = state.get("ResultWriter");
        if (writer != null && writer.isObject() && checks.object(writer, "WriterConfig", pointer + "/ResultWriter")) {
            String at = pointer + "/ResultWriter/WriterConfig";
            JsonNode config = writer.get("WriterConfig");
            checks.unknownFields(config, at, List.of("OutputType", "Transformation"), "'WriterConfig'", field -> null);
            checks.oneOf(config, "OutputType", at, List.of("JSON", "JSONL"));
            checks.oneOf(config, "Transformation", at, List.of("NONE", "COMPACT", "FLATTEN"));
        }
        dataFields(state, pointer, language);
        label(state, pointer);
    }

    /**
     * The data fields of the Map's objects, as the table of {@link StateFields} gives them: with
     * JSONPath each path and payload template compiles; a field of the other query language is a
     * mismatch.
     */
    private void dataFields(JsonNode state, String pointer, QueryLanguage language) {
        StateFields.MAP_OBJECTS.forEach((owner, below) -> {
            JsonNode object = state.at(below);
            if (!object.isObject()) {
                return;
            }
            String at = pointer + below;
            for (StateFields.Field field : StateFields.of(owner)) {
                if (!object.has(field.name())) {
                    continue;
                }
                if (!field.languages().allows(language)) {
                    checks.report().error("QUERY_LANGUAGE_MISMATCH", Checks.pointer(at, field.name()),
                            FieldRules.mismatch(owner, field.name(), language));
                } else if (language == QueryLanguage.JSONPATH && field.kind() == StateFields.Kind.PATH) {
                    data.path(object, field.name(), at, false);
                } else if (language == QueryLanguage.JSONPATH && field.kind() == StateFields.Kind.TEMPLATE) {
                    data.template(object, field.name(), at);
                }
            }
        });
    }

    private void label(JsonNode state, String pointer) {
        if (!checks.string(state, "Label", pointer) || Checks.isPlaceholder(state.get("Label"))) {
            return;
        }
        String label = state.get("Label").textValue();
        int length = label.codePointCount(0, label.length());
        if (length > MAX_LABEL_LENGTH) {
            checks.report().error("INVALID_VALUE", pointer + "/Label", "'Label' must be at most " + MAX_LABEL_LENGTH
                    + " characters long, found " + length);
        }
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || LABEL_FORBIDDEN.indexOf(c) >= 0) {
                checks.report().error("INVALID_VALUE", pointer + "/Label", "'Label' cannot contain "
                        + (Character.isWhitespace(c) ? "white space" : Character.isISOControl(c)
                                ? "control characters" : "'" + c + "'")
                        + "; AWS refuses white space, brackets, wildcards, control characters and "
                        + LABEL_FORBIDDEN.substring(8).replace("", " ").strip());
                return;
            }
        }
    }
}
