package dev.sfntest.asl.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.internal.Placeholders;
import dev.sfntest.data.DynamicValue;
import dev.sfntest.data.CompiledPath;
import dev.sfntest.data.PathException;
import dev.sfntest.data.ReferencePath;
import dev.sfntest.data.ReferencePathSyntax;
import dev.sfntest.data.intrinsic.Intrinsic;
import dev.sfntest.data.jsonata.JsonataExpression;
import dev.sfntest.data.jsonata.JsonataSyntaxException;
import dev.sfntest.data.jsonata.JsonataTemplate;
import dev.sfntest.data.jsonata.JsonataTopLevel;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Paths, reference paths, payload templates and {@code {% %}} strings. */
final class DataChecks {
    /** The intrinsic functions AWS documents as allowed in a Fail state's ErrorPath and CausePath. */
    private static final List<String> STRING_INTRINSICS = List.of("States.Format", "States.JsonToString",
            "States.ArrayGetItem", "States.Base64Encode", "States.Base64Decode", "States.Hash", "States.UUID");

    private final Checks checks;
    private final StatesVariableChecks statesVariables;
    /**
     * Texts already compiled without error in this validation, per kind: definitions repeat the
     * same paths and expressions, and each needs compiling once.
     */
    private final Set<String> validPaths = new HashSet<>();
    private final Set<String> validReferencePaths = new HashSet<>();
    private final Set<String> validResultPaths = new HashSet<>();
    private final Set<String> validDynamicValues = new HashSet<>();
    private final Set<String> validJsonata = new HashSet<>();

    DataChecks(Checks checks) {
        this.checks = checks;
        this.statesVariables = new StatesVariableChecks(checks.report());
    }

    /** A path field ({@code InputPath}, {@code SecondsPath}...); {@code null} only when allowed. */
    void path(JsonNode node, String field, String pointer, boolean nullable) {
        JsonNode value = node.get(field);
        if (value != null) {
            pathValue(value, field, Checks.pointer(pointer, field), nullable);
        }
    }

    /**
     * A path held by the field, located at {@code at}. A field that may be {@code null}
     * ({@code InputPath}, {@code OutputPath}) takes any Path; every other path field
     * ({@code SecondsPath}, {@code ItemsPath}, a Choice {@code Variable}...) takes a Reference Path,
     * as the ASL specification requires.
     */
    void pathValue(JsonNode value, String field, String at, boolean nullable) {
        if (nullable && value.isNull()) {
            return;
        }
        if (!value.isTextual()) {
            checks.report().error("INVALID_TYPE", at, "'" + field + "' must be a path string"
                    + (nullable ? " or null" : "") + ", found " + Checks.show(value));
            return;
        }
        String text = value.textValue();
        if (!nullable && !validReferencePaths.contains(text) && !Placeholders.contains(text)) {
            try {
                ReferencePathSyntax.checkReadable(text);
                validReferencePaths.add(text);
            } catch (PathException e) {
                checks.report().error("INVALID_PATH", at, "'" + field + "' is not a valid reference path: "
                        + e.getMessage());
                return;
            }
        }
        try {
            if (!validPaths.contains(text)) {
                CompiledPath.compile(text);
                validPaths.add(text);
            }
        } catch (PathException e) {
            checks.report().error("INVALID_PATH", at, "'" + field + "' is not a valid JSONPath: " + reason(text, e));
        }
    }

    /** {@code ResultPath}: a reference path or {@code null}. */
    void referencePath(JsonNode node, String field, String pointer) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return;
        }
        String at = Checks.pointer(pointer, field);
        if (!value.isTextual()) {
            checks.report().error("INVALID_TYPE", at, "'" + field + "' must be a reference path string or null, "
                    + "found " + Checks.show(value));
            return;
        }
        try {
            if (!validResultPaths.contains(value.textValue())) {
                ReferencePath.compile(value.textValue());
                validResultPaths.add(value.textValue());
            }
        } catch (PathException e) {
            checks.report().error("INVALID_PATH", at, "'" + field + "' is not a valid reference path: "
                    + e.getMessage() + (Placeholders.contains(value.textValue())
                            ? " (substitute its placeholder before running the definition)" : ""));
        }
    }

    /**
     * {@code ErrorPath} or {@code CausePath}: a Reference Path, or one of the intrinsic functions
     * that AWS documents as returning a string.
     */
    void stringPath(JsonNode value, String field, String at) {
        if (value.isTextual() && Intrinsic.looksLikeIntrinsic(value.textValue())) {
            String text = value.textValue().strip();
            String name = text.substring(0, Math.max(0, text.indexOf('('))).strip();
            if (!STRING_INTRINSICS.contains(name)) {
                checks.report().error("INVALID_INTRINSIC", at, "'" + field + "' must produce a string, and " + name
                        + " does not; use one of " + String.join(", ", STRING_INTRINSICS));
                return;
            }
            dynamic(value, field, at);
        } else {
            pathValue(value, field, at, false);
        }
    }

    /** A field holding a path or an intrinsic call ({@code ErrorPath}, a {@code .$} field). */
    void dynamic(JsonNode value, String field, String at) {
        if (!value.isTextual()) {
            checks.report().error("INVALID_TYPE", at, "'" + field + "' must be a path or an intrinsic function "
                    + "call (a string), found " + Checks.show(value));
            return;
        }
        String text = value.textValue();
        boolean intrinsic = Intrinsic.looksLikeIntrinsic(text);
        try {
            if (!validDynamicValues.contains(text)) {
                DynamicValue.compile(text);
                validDynamicValues.add(text);
            }
        } catch (PathException e) {
            if (intrinsic) {
                checks.report().error("INVALID_INTRINSIC", at, "'" + field + "' is not a valid intrinsic function "
                        + "call: " + e.getMessage());
            } else {
                checks.report().error("INVALID_PATH", at, "'" + field + "' is not a valid JSONPath or intrinsic "
                        + "function call: " + reason(text, e));
            }
        }
    }

    /** A payload template: every {@code .$} field, however deep, holds a path or an intrinsic call. */
    void template(JsonNode node, String field, String pointer) {
        JsonNode value = node.get(field);
        if (value != null) {
            templatePart(value, Checks.pointer(pointer, field));
        }
    }

    private void templatePart(JsonNode node, String pointer) {
        if (node.isObject()) {
            Set<String> names = new HashSet<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String at = Checks.pointer(pointer, entry.getKey());
                String name = entry.getKey().endsWith(".$")
                        ? entry.getKey().substring(0, entry.getKey().length() - 2) : entry.getKey();
                if (!names.add(name)) {
                    checks.report().error("DUPLICATE_FIELD", at, "The template already has a field '" + name
                            + "': '" + name + "' and '" + name + ".$' both give it; keep one of them");
                }
                if (entry.getKey().endsWith(".$")) {
                    dynamic(entry.getValue(), entry.getKey(), at);
                } else {
                    templatePart(entry.getValue(), at);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                templatePart(node.get(i), Checks.pointer(pointer, i));
            }
        }
    }

    /**
     * {@link #jsonata} for every field of an ASL object but its {@code Comment}, which is free
     * text, and but the fields checked on their own ({@code skipped}); then where
     * {@code $states.result} and {@code $states.errorOutput} are read.
     *
     * @param resultFields the fields that may read {@code $states.result}
     * @param errorOutputFields the fields that may read {@code $states.errorOutput}
     */
    void jsonataFields(JsonNode node, String pointer, Set<String> skipped, Set<String> resultFields,
            Set<String> errorOutputFields) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            if (!name.equals("Comment") && !skipped.contains(name)) {
                String at = Checks.pointer(pointer, name);
                jsonata(field.getValue(), at);
                statesVariables.check(field.getValue(), at, resultFields.contains(name),
                        errorOutputFields.contains(name));
            }
        }
    }

    /** Every {@code {% %}} string under the field is complete: opened and closed. */
    void jsonata(JsonNode node, String pointer) {
        if (node.isTextual()) {
            String text = node.textValue();
            boolean opens = text.startsWith("{%");
            boolean closes = text.endsWith("%}");
            if (opens && (!closes || text.length() < 4)) {
                checks.report().error("INVALID_JSONATA", pointer, "The JSONata expression " + Checks.show(node)
                        + " is not closed; end it with '%}'");
            } else if (closes && !opens) {
                checks.report().error("INVALID_JSONATA", pointer, "The JSONata expression " + Checks.show(node)
                        + " is not opened; start it with '{%'");
            } else if (opens && !Placeholders.contains(text)) {
                try {
                    if (!validJsonata.contains(text)) {
                        String expression = JsonataTemplate.expressionText(text);
                        JsonataExpression.compile(expression);
                        String bare = JsonataTopLevel.bareName(expression);
                        if (bare == null) {
                            validJsonata.add(text);
                        } else {
                            checks.report().error("UNSUPPORTED_JSONATA_EXPRESSION", pointer, "Reference to '" + bare
                                    + "' at the top level is not supported: Step Functions evaluates JSONata with "
                                    + "no context value; read it from $states.input or a variable");
                        }
                    }
                } catch (JsonataSyntaxException e) {
                    checks.report().error("INVALID_JSONATA", pointer, e.getMessage());
                }
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                jsonata(entry.getValue(), Checks.pointer(pointer, entry.getKey()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                jsonata(node.get(i), Checks.pointer(pointer, i));
            }
        }
    }

    /**
     * Why the path does not compile. A placeholder left in a path is reported too: the model
     * cannot be built until it is substituted.
     */
    private static String reason(String text, PathException e) {
        String message = e.getMessage();
        String why = message == null || message.isBlank() ? "'" + text + "' cannot be read"
                : message.startsWith("Invalid path") ? message : "'" + text + "': " + message;
        return Placeholders.contains(text)
                ? why + " (substitute its placeholder before running the definition)" : why;
    }
}
