package dev.sfntest.junit5.internal;

import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.InvalidDefinitionException;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.asl.Templates;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Parsed definitions, shared by every test of a run (they are immutable): kept in the root
 * context's store, never in a static field.
 */
final class DefinitionCache {
    private final Map<DefinitionRef, StateMachine> machines = new ConcurrentHashMap<>();

    StateMachine get(DefinitionRef ref, ClassLoader loader) {
        StateMachine cached = machines.get(ref);
        if (cached != null) {
            return cached;
        }
        StateMachine machine = load(ref, loader);
        StateMachine raced = machines.putIfAbsent(ref, machine);
        return raced == null ? machine : raced;
    }

    private static StateMachine load(DefinitionRef ref, ClassLoader loader) {
        String text = Resources.read(ref.location(), ref.stateMachine().isEmpty() ? "definition" : "template", loader);
        try {
            if (!ref.stateMachine().isEmpty() || Templates.isTemplate(text)) {
                return TemplateLoading.load(ref, text, substitutions(ref), loader);
            }
            return Definitions.parse(text, substitutions(ref));
        } catch (InvalidDefinitionException e) {
            throw new ExtensionConfigurationException(e.getMessage().replaceFirst("^The state machine definition",
                    "The definition '" + ref.location() + "'"));
        }
    }

    private static Map<String, String> substitutions(DefinitionRef ref) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : ref.substitutions()) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new ExtensionConfigurationException("The substitution '" + pair + "' of the definition '"
                        + ref.location() + "' must read Name=Value");
            }
            out.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return out;
    }
}
