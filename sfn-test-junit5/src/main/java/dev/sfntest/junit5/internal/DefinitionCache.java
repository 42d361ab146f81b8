package dev.sfntest.junit5.internal;

import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.Diagnostic;
import dev.sfntest.asl.InvalidDefinitionException;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.asl.Templates;
import dev.sfntest.asl.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Parsed definitions, shared by every test of a run (they are immutable): kept in the root
 * context's store, never in a static field. Each remembers the warnings loading it gave, handed
 * out once a run ({@link #unannouncedWarnings}).
 */
final class DefinitionCache {
    private final Map<DefinitionRef, Loaded> machines = new ConcurrentHashMap<>();
    private final Set<DefinitionRef> announced = ConcurrentHashMap.newKeySet();

    /** A loaded state machine and the warnings about it, each a line {@code WHERE: WARNING CODE ...}. */
    record Loaded(StateMachine machine, List<String> warnings) {
        Loaded {
            warnings = List.copyOf(warnings);
        }
    }

    StateMachine get(DefinitionRef ref, ClassLoader loader) {
        return loaded(ref, loader).machine();
    }

    /** The definition's warnings the first time they are asked for in this run; then none. */
    List<String> unannouncedWarnings(DefinitionRef ref, ClassLoader loader) {
        List<String> warnings = loaded(ref, loader).warnings();
        return !warnings.isEmpty() && announced.add(ref) ? warnings : List.of();
    }

    private Loaded loaded(DefinitionRef ref, ClassLoader loader) {
        Loaded cached = machines.get(ref);
        if (cached != null) {
            return cached;
        }
        Loaded loaded = load(ref, loader);
        Loaded raced = machines.putIfAbsent(ref, loaded);
        return raced == null ? loaded : raced;
    }

    private static Loaded load(DefinitionRef ref, ClassLoader loader) {
        String text = ClasspathResources.read(ref.location(), ref.stateMachine().isEmpty() ? "definition" : "template", loader);
        try {
            if (!ref.stateMachine().isEmpty() || Templates.isTemplate(text)) {
                return TemplateLoading.load(ref, text, substitutions(ref), loader);
            }
            StateMachine machine = Definitions.parse(text, substitutions(ref));
            List<Diagnostic> placeholders = text.contains("${") ? Validator.validate(machine.source()) : List.of();
            return new Loaded(machine, TemplateLoading.warnings(ref.location(), placeholders));
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
