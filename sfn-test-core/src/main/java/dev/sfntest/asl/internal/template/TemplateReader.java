package dev.sfntest.asl.internal.template;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.Diagnostic;
import dev.sfntest.asl.InvalidDefinitionException;
import dev.sfntest.asl.InvalidTemplateException;
import dev.sfntest.asl.TemplateDefinition;
import dev.sfntest.asl.internal.Placeholders;
import dev.sfntest.asl.internal.Pointers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Takes one state machine's definition out of a parsed template: {@code Definition},
 * {@code DefinitionString} or a local {@code DefinitionUri}/{@code DefinitionS3Location}, then
 * {@code DefinitionSubstitutions} and the user's substitutions.
 */
public final class TemplateReader {
    private final String name;
    private final JsonNode template;
    private final Map<String, String> substitutions;
    private final Function<String, String> files;

    /**
     * @param name the template, for messages ({@code template.yaml})
     * @param template the parsed template
     * @param substitutions the user's {@code Name=Value} substitutions
     * @param files reads a path relative to the template, {@code null} when there is no such file
     */
    public TemplateReader(String name, JsonNode template, Map<String, String> substitutions,
            Function<String, String> files) {
        this.name = name;
        this.template = template;
        this.substitutions = substitutions;
        this.files = files;
    }

    /**
     * The definition of the state machine {@code logicalId}, or of the only one when it is
     * {@code null} or empty.
     */
    public TemplateDefinition read(String logicalId) {
        String id = StateMachineIds.choose(name, template, logicalId);
        String at = "/Resources/" + Pointers.escape(id) + "/Properties";
        JsonNode properties = template.path("Resources").path(id).path("Properties");
        Intrinsics intrinsics = intrinsics(id);
        JsonNode definition = definition(id, properties, at, intrinsics);
        List<Diagnostic> warnings = new ArrayList<>();
        Map<String, String> definitionSubstitutions = definitionSubstitutions(id, properties, at, warnings);
        JsonNode substituted = Placeholders.substitute(Placeholders.substitute(definition, definitionSubstitutions),
                substitutions);
        List<Diagnostic> placeholders = new ArrayList<>();
        for (Intrinsics.Unresolved unresolved : intrinsics.unresolved().values()) {
            if (!definitionSubstitutions.containsKey(unresolved.name())) {
                placeholders.add(warning(unresolved.pointer(), unresolved.written() + " cannot be resolved offline, "
                        + "so it is the placeholder ${" + unresolved.name() + "}", unresolved.name()));
            }
        }
        placeholders.addAll(warnings);
        return new TemplateDefinition(id, substituted, placeholders);
    }

    private JsonNode definition(String id, JsonNode properties, String at, Intrinsics intrinsics) {
        if (properties.has("Definition")) {
            return intrinsics.resolveTree(properties.get("Definition"), at + "/Definition");
        }
        if (properties.has("DefinitionString")) {
            String text = intrinsics.text(properties.get("DefinitionString"), at + "/DefinitionString");
            try {
                return Definitions.readTree(text);
            } catch (InvalidDefinitionException e) {
                throw new InvalidTemplateException(Diagnostic.error("INVALID_DEFINITION_STRING", at + "/DefinitionString",
                        "The DefinitionString of the state machine '" + id + "' is not JSON once its intrinsic "
                                + "functions are resolved: " + e.diagnostics().get(0).message() + " at "
                                + e.diagnostics().get(0).location()));
            }
        }
        for (String property : List.of("DefinitionUri", "DefinitionS3Location")) {
            if (properties.has(property)) {
                return file(id, property, properties.get(property), at + "/" + property);
            }
        }
        throw new InvalidTemplateException(Diagnostic.error("NO_DEFINITION", at,
                "The state machine '" + id + "' in " + name + " has no definition: give it Definition, "
                        + "DefinitionString or DefinitionUri (a local file)"));
    }

    private JsonNode file(String id, String property, JsonNode location, String pointer) {
        if (!location.isTextual() || location.textValue().startsWith("s3://")) {
            throw new InvalidTemplateException(Diagnostic.error("DEFINITION_NOT_LOCAL", pointer,
                    "The state machine '" + id + "' keeps its definition in S3 (" + property + " "
                            + (location.isTextual() ? location.textValue() : dev.sfntest.data.Json.write(location))
                            + "); point " + property + " at a local file to test it"));
        }
        String text = files.apply(location.textValue());
        if (text == null) {
            throw new InvalidTemplateException(Diagnostic.error("DEFINITION_FILE_NOT_FOUND", pointer,
                    "The " + property + " " + location.textValue() + " of the state machine '" + id
                            + "' is not there: the path is relative to " + name));
        }
        return Definitions.readTree(text);
    }

    /** DefinitionSubstitutions whose values resolve offline; a warning for each that does not. */
    private Map<String, String> definitionSubstitutions(String id, JsonNode properties, String at,
            List<Diagnostic> warnings) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode given = properties.path("DefinitionSubstitutions");
        for (Map.Entry<String, JsonNode> entry : iterable(given)) {
            String key = entry.getKey();
            if (substitutions.containsKey(key)) {
                continue;
            }
            String pointer = at + "/DefinitionSubstitutions/" + Pointers.escape(key);
            Intrinsics own = intrinsics(id);
            String value = own.text(entry.getValue(), pointer);
            if (own.unresolved().isEmpty()) {
                out.put(key, value);
            } else {
                warnings.add(warning(pointer, "DefinitionSubstitutions " + key + " (" + written(entry.getValue())
                        + ") cannot be resolved offline, so the placeholder ${" + key + "} stays", key));
            }
        }
        return out;
    }

    private static String written(JsonNode value) {
        Map.Entry<String, JsonNode> call = value.fields().next();
        JsonNode argument = call.getValue();
        if (call.getKey().equals("Ref") && argument.isTextual()) {
            return "Ref " + argument.textValue();
        }
        if (call.getKey().equals("Fn::GetAtt") && argument.isArray() && argument.size() == 2) {
            return "Fn::GetAtt " + argument.get(0).asText() + "." + argument.get(1).asText();
        }
        return call.getKey() + (argument.isTextual() ? " " + argument.textValue() : "");
    }

    private static Diagnostic warning(String pointer, String what, String placeholder) {
        return Diagnostic.warning("TEMPLATE_PLACEHOLDER", pointer, what + "; supply a substitution "
                + placeholder + "=VALUE");
    }

    private Intrinsics intrinsics(String id) {
        return new Intrinsics(id, parameterDefaults(), template.path("Conditions"), substitutions);
    }

    private Map<String, String> parameterDefaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> parameter : iterable(template.path("Parameters"))) {
            JsonNode value = parameter.getValue().path("Default");
            if (value.isValueNode() && !value.isNull()) {
                defaults.put(parameter.getKey(), value.asText());
            }
        }
        return defaults;
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node.isObject() ? node::fields : List.of();
    }
}
