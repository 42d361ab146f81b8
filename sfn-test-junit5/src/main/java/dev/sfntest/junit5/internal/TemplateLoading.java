package dev.sfntest.junit5.internal;

import dev.sfntest.asl.InvalidTemplateException;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.asl.Templates;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** A test's state machine taken from a SAM, CloudFormation or CDK template on the classpath or in a file. */
final class TemplateLoading {
    private TemplateLoading() {
    }

    /**
     * Loads the state machine; a {@code DefinitionUri} is read relative to the template, as a
     * resource beside it or a file beside it.
     */
    static StateMachine load(DefinitionRef ref, String text, Map<String, String> substitutions, ClassLoader loader) {
        try {
            return Templates.read(ref.location(), text, ref.stateMachine(), substitutions,
                    relative -> Resources.readIfPresent(beside(ref.location(), relative), loader)).build();
        } catch (InvalidTemplateException e) {
            String location = e.diagnostic().location();
            throw new ExtensionConfigurationException(e.getMessage()
                    + (location.startsWith("/Resources/") ? " (at " + location + ")" : ""));
        }
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
