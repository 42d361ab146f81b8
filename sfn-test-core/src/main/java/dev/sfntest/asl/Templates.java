package dev.sfntest.asl;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.internal.Yaml12;
import dev.sfntest.asl.internal.template.StateMachineIds;
import dev.sfntest.asl.internal.template.TemplateReader;
import dev.sfntest.data.InvalidJsonException;
import dev.sfntest.data.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Loads a state machine from where teams keep it: a SAM or CloudFormation template (JSON or YAML,
 * short tags such as {@code !Sub} and {@code !GetAtt} included) or a CDK app's synthesized
 * template ({@code cdk.out/*.template.json}), by its logical id.
 *
 * <pre>{@code
 * StateMachine machine = Templates.load(Path.of("template.yaml"), "OrderStateMachine",
 *         Map.of("ChargeFn.Arn", "arn:aws:lambda:us-east-1:123456789012:function:charge"));
 * }</pre>
 *
 * <p>The definition is taken from {@code Definition}, {@code DefinitionString} or a local
 * {@code DefinitionUri} / {@code DefinitionS3Location} (relative to the template), then its
 * {@code DefinitionSubstitutions} and the given substitutions are applied. Intrinsic functions are
 * evaluated where that needs no deployment: {@code Fn::Sub} (with its own variables),
 * {@code Fn::Join}, {@code Fn::Select}, {@code Ref} to a parameter with a {@code Default}, and the
 * pseudo parameters {@code AWS::Region} ({@code us-east-1}), {@code AWS::AccountId}
 * ({@code 123456789012}), {@code AWS::Partition} ({@code aws}) and {@code AWS::URLSuffix}
 * ({@code amazonaws.com}). What only a deployment knows becomes a placeholder named after it:
 * {@code !GetAtt ChargeFn.Arn} is {@code ${ChargeFn.Arn}}, {@code !Ref OrdersTable} is
 * {@code ${OrdersTable}}, each with a warning; a substitution of that name supplies the value (and
 * overrides a default). The logical id may be left out ({@code null}) when the template has one
 * state machine; CDK's hashed ids may be given without their 8-character suffix.
 */
@API(status = EXPERIMENTAL)
public final class Templates {
    private Templates() {
    }

    /**
     * Loads and validates a state machine from a template file.
     *
     * @throws InvalidTemplateException when the state machine cannot be taken from the template
     * @throws InvalidDefinitionException when its definition cannot be parsed or is invalid
     */
    public static StateMachine load(Path template, String logicalId, Map<String, String> substitutions) {
        return read(template, logicalId, substitutions).build();
    }

    /**
     * Takes a state machine's definition out of a template file, without validating it; a
     * {@code DefinitionUri} is read relative to the template's folder.
     *
     * @throws InvalidTemplateException when the template cannot be read or the state machine taken from it
     * @throws InvalidDefinitionException when a definition file cannot be parsed
     */
    public static TemplateDefinition read(Path template, String logicalId, Map<String, String> substitutions) {
        String text = readFile(template);
        if (text == null) {
            throw new InvalidTemplateException(Diagnostic.error("TEMPLATE_NOT_FOUND", "",
                    "The template " + template + " does not exist"));
        }
        Path folder = template.toAbsolutePath().getParent();
        return read(template.toString(), text, logicalId, substitutions, relative -> readFile(folder.resolve(relative)));
    }

    /**
     * Takes a state machine's definition out of a template's text.
     *
     * @param name the template, for messages
     * @param files reads a {@code DefinitionUri} (a path relative to the template); {@code null} when it is absent
     * @throws InvalidTemplateException when the state machine cannot be taken from the template
     * @throws InvalidDefinitionException when a definition file cannot be parsed
     */
    public static TemplateDefinition read(String name, String text, String logicalId, Map<String, String> substitutions,
            Function<String, String> files) {
        return new TemplateReader(name, parse(text), Map.copyOf(substitutions), files).read(logicalId);
    }

    /** Whether the text is a template (a document with {@code Resources} and no {@code States}). */
    public static boolean isTemplate(String text) {
        if (!text.contains("Resources")) {
            return false; // a definition: no second parse
        }
        try {
            return StateMachineIds.isTemplate(parse(text));
        } catch (InvalidTemplateException e) {
            return false;
        }
    }

    /**
     * The logical ids of the state machines in a template's text, in document order.
     *
     * @throws InvalidTemplateException when the text is not JSON or YAML
     */
    public static List<String> stateMachines(String text) {
        return StateMachineIds.of(parse(text));
    }

    private static JsonNode parse(String text) {
        boolean json = text.stripLeading().startsWith("{");
        try {
            return json ? Json.parse(text) : Yaml12.readTemplate(text);
        } catch (InvalidJsonException e) {
            throw new InvalidTemplateException(Diagnostic.error("PARSE_ERROR", e.line() + ":" + e.column(),
                    "Invalid JSON: " + e.problem()));
        } catch (InvalidDefinitionException e) {
            throw new InvalidTemplateException(e.diagnostics().get(0));
        }
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new InvalidTemplateException(Diagnostic.error("UNREADABLE_FILE", "",
                    "Cannot read " + file + ": " + e.getMessage()));
        }
    }
}
