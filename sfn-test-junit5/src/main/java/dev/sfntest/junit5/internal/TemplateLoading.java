package dev.sfntest.junit5.internal;

import dev.sfntest.asl.Diagnostic;
import dev.sfntest.asl.InvalidTemplateException;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.asl.TemplateDefinition;
import dev.sfntest.asl.Templates;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** A test's state machine taken from a SAM, CloudFormation or CDK template on the classpath or in a file. */
final class TemplateLoading {
    /** The warnings a test is told of: placeholders left in the definition. */
    private static final Set<String> ANNOUNCED = Set.of("TEMPLATE_PLACEHOLDER", "UNSUBSTITUTED_PLACEHOLDER");

    private TemplateLoading() {
    }

    /**
     * Loads the state machine and its placeholder warnings; a {@code DefinitionUri} is read
     * relative to the template, as a resource beside it or a file beside it.
     */
    static DefinitionCache.Loaded load(DefinitionRef ref, String text, Map<String, String> substitutions,
            ClassLoader loader) {
        try {
            TemplateDefinition taken = Templates.read(ref.location(), text, ref.stateMachine(), substitutions,
                    relative -> ClasspathResources.readIfPresent(beside(ref.location(), relative), loader));
            StateMachine machine = taken.build();
            return new DefinitionCache.Loaded(machine,
                    warnings(ref.location() + "#" + taken.logicalId(), taken.diagnostics()));
        } catch (InvalidTemplateException e) {
            String location = e.diagnostic().location();
            throw new ExtensionConfigurationException(e.getMessage()
                    + (location.startsWith("/Resources/") ? " (at " + location + ")" : ""));
        }
    }

    /**
     * The placeholder warnings among {@code diagnostics}, one line each, {@code WHERE: WARNING
     * CODE LOCATION MESSAGE}, the fix written as the annotation takes it.
     */
    static List<String> warnings(String where, List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(d -> !d.isError() && ANNOUNCED.contains(d.code()))
                .map(d -> where + ": " + d.toString().replaceFirst("supply a substitution (.+)=VALUE$",
                        "supply it with substitutions = \"$1=VALUE\"")).toList();
    }

    /** {@code sam/statemachine/order.asl.json} for {@code ./statemachine/order.asl.json} beside {@code sam/template.yaml}. */
    static String beside(String template, String relative) {
        String prefix = template.startsWith("file:") ? "file:" : "";
        String path = template.substring(prefix.length());
        Path folder = Path.of(path).getParent();
        Path resolved = (folder == null ? Path.of(relative) : folder.resolve(relative)).normalize();
        return prefix + resolved.toString().replace('\\', '/');
    }
}
