package dev.sfntest.cases;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.Json;
import dev.sfntest.data.TextFiles;
import dev.sfntest.engine.StateMachineType;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * A case file: a definition, an input, optional per-state per-attempt mocks, and the expected
 * status, output, error and cause (the format of {@code conformance/README.md}).
 *
 * <pre>{@code
 * CaseFile file = CaseFile.read(Path.of("cases/base-state-fail.json"));
 * CaseResult result = CaseRunner.run(file);
 * }</pre>
 *
 * @param name the case's name
 * @param definition the ASL definition
 * @param input the execution input
 * @param mocks {@code {"State": {"0": {"Return": ...}}}}, or {@code null}
 * @param type {@code "stateMachineType"}: {@code "STANDARD"} (the default) or {@code "EXPRESS"}, exactly
 * @param expected {@code {"status", "output", "error", "cause", "history"}}; a missing field is unknown
 * @param historyRules how {@code expected.history} was normalised beyond the shared rules
 */
@API(status = EXPERIMENTAL)
public record CaseFile(String name, JsonNode definition, JsonNode input, JsonNode mocks, StateMachineType type,
        JsonNode expected, HistoryRules historyRules) {

    /** A case whose history, if it has one, needs no case-specific normalisation. */
    public CaseFile(String name, JsonNode definition, JsonNode input, JsonNode mocks, StateMachineType type,
            JsonNode expected) {
        this(name, definition, input, mocks, type, expected, HistoryRules.NONE);
    }

    /**
     * Reads a case file.
     *
     * @throws dev.sfntest.data.UnreadableFileException when it cannot be read ({@link TextFiles#read})
     * @throws dev.sfntest.data.InvalidJsonException when it is not JSON
     * @throws IllegalArgumentException when it lacks a definition or names another type
     */
    public static CaseFile read(Path file) {
        JsonNode root = Json.parse(TextFiles.read(file));
        String fallbackName = withoutJsonExtension(file.getFileName().toString());
        return of(root, fallbackName);
    }

    /** The file name without a final {@code .json}: the name of a case that does not name itself. */
    public static String withoutJsonExtension(String fileName) {
        return fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - ".json".length()) : fileName;
    }

    /**
     * A case from its JSON.
     *
     * @throws IllegalArgumentException when it lacks a definition or names another type
     */
    public static CaseFile of(JsonNode root, String fallbackName) {
        if (!root.isObject() || !root.has("definition")) {
            throw new IllegalArgumentException("A case file needs a \"definition\" field");
        }
        String name = root.path("name").isTextual() ? root.get("name").textValue() : fallbackName;
        JsonNode input = root.has("input") ? root.get("input") : Json.emptyObject();
        JsonNode mocks = root.get("mocks");
        StateMachineType type = type(root.get("stateMachineType"));
        return new CaseFile(name, root.get("definition"), input, mocks == null || mocks.isNull() ? null : mocks,
                type, root.get("expected"), HistoryRules.of(root));
    }

    private static StateMachineType type(JsonNode type) {
        if (type == null || type.isNull()) {
            return StateMachineType.STANDARD;
        }
        for (StateMachineType known : StateMachineType.values()) {
            if (known.name().equals(type.textValue())) {
                return known;
            }
        }
        throw new IllegalArgumentException("\"stateMachineType\" must be \"STANDARD\" or \"EXPRESS\", found "
                + Json.write(type));
    }

    /** The features the case lists, or an empty array. */
    public static boolean hasFeature(JsonNode root, String feature) {
        for (JsonNode value : root.path("features")) {
            if (feature.equals(value.asText())) {
                return true;
            }
        }
        return false;
    }
}
