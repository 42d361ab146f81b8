package dev.sfntest.asl.internal.template;

import dev.sfntest.asl.Diagnostic;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template's {@code TEMPLATE_PLACEHOLDER} warnings beside its definition's diagnostics: a
 * placeholder the template leaves is reported once, by the warning that says where it comes from
 * and which substitution supplies it, not again as the definition's
 * {@code UNSUBSTITUTED_PLACEHOLDER}.
 */
public final class PlaceholderWarnings {
    private static final Pattern SUPPLIED_BY = Pattern.compile("supply a substitution (.+)=VALUE$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    private PlaceholderWarnings() {
    }

    /** {@code warnings}, then the {@code diagnostics} that they do not already report. */
    public static List<Diagnostic> merge(List<Diagnostic> warnings, List<Diagnostic> diagnostics) {
        Set<String> explained = new HashSet<>();
        for (Diagnostic warning : warnings) {
            Matcher name = SUPPLIED_BY.matcher(warning.message());
            if (warning.code().equals("TEMPLATE_PLACEHOLDER") && name.find()) {
                explained.add(name.group(1));
            }
        }
        List<Diagnostic> merged = new ArrayList<>(warnings);
        for (Diagnostic diagnostic : diagnostics) {
            if (!(diagnostic.code().equals("UNSUBSTITUTED_PLACEHOLDER") && allExplained(diagnostic, explained))) {
                merged.add(diagnostic);
            }
        }
        return merged;
    }

    private static boolean allExplained(Diagnostic diagnostic, Set<String> explained) {
        Matcher names = PLACEHOLDER.matcher(diagnostic.message());
        boolean any = false;
        while (names.find()) {
            if (!explained.contains(names.group(1))) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
