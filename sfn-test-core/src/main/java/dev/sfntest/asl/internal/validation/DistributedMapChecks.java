package dev.sfntest.asl.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.QueryLanguage;
import java.util.List;

/**
 * A Distributed Map's own settings, as AWS documents them: {@code ItemReader.ReaderConfig},
 * {@code ItemBatcher}, {@code ResultWriter.WriterConfig}, and the Map's {@code Label}.
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
            if (language == QueryLanguage.JSONPATH) {
                data.path(config, "MaxItemsPath", at, false);
            }
        }
        JsonNode batcher = state.get("ItemBatcher");
        if (batcher != null && batcher.isObject()) {
            String at = pointer + "/ItemBatcher";
            checks.exclusive(batcher, "MaxItemsPerBatch", "MaxItemsPerBatchPath", at);
            checks.exclusive(batcher, "MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath", at);
            checks.integer(batcher, "MaxItemsPerBatch", at, 1, Checks.MAX_INTEGER, language);
            checks.integer(batcher, "MaxInputBytesPerBatch", at, 1, 262_144, language);
            if (language == QueryLanguage.JSONPATH) {
                data.path(batcher, "MaxItemsPerBatchPath", at, false);
                data.path(batcher, "MaxInputBytesPerBatchPath", at, false);
            }
        }
        JsonNode writer = state.get("ResultWriter");
        if (writer != null && writer.isObject() && checks.object(writer, "WriterConfig", pointer + "/ResultWriter")) {
            String at = pointer + "/ResultWriter/WriterConfig";
            JsonNode config = writer.get("WriterConfig");
            checks.unknownFields(config, at, List.of("OutputType", "Transformation"), "'WriterConfig'", field -> null);
            checks.oneOf(config, "OutputType", at, List.of("JSON", "JSONL"));
            checks.oneOf(config, "Transformation", at, List.of("NONE", "COMPACT", "FLATTEN"));
        }
        label(state, pointer);
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
