package dev.sfntest.asl.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.Diagnostic;
import dev.sfntest.asl.QueryLanguage;
import java.util.List;

/**
 * The validator behind {@link dev.sfntest.asl.Validator}: checks the raw tree, so that the model
 * builder only ever sees definitions it can build.
 */
public final class Validation {
    private Validation() {
    }

    /** Every finding for the definition, in definition order. */
    public static List<Diagnostic> validate(JsonNode definition) {
        Report report = new Report();
        if (definition == null || !definition.isObject()) {
            report.error("INVALID_DEFINITION", "", "A state machine definition must be a JSON object with "
                    + "'StartAt' and 'States', found " + (definition == null ? "nothing" : Checks.show(definition)));
            return report.diagnostics();
        }
        Checks checks = new Checks(report);
        checks.unknownFields(definition, "", FieldRules.TOP_LEVEL, "a state machine definition", field -> null);
        checks.string(definition, "Comment", "");
        checks.string(definition, "Version", "");
        checks.integer(definition, "TimeoutSeconds", "", 1, Checks.MAX_INTEGER, QueryLanguage.JSONPATH);
        checks.oneOf(definition, "QueryLanguage", "", List.of("JSONPath", "JSONata"));
        JsonNode written = definition.get("QueryLanguage");
        QueryLanguage language = written == null ? QueryLanguage.JSONPATH : QueryLanguage.fromAslName(written.asText());
        new ScopeChecks(checks, language)
                .scope(definition, "", "The state machine");
        new VariableScopeChecks(report).check(definition);
        new PlaceholderScan(report).scan(definition, "");
        return DocumentOrder.sort(definition, report.diagnostics());
    }
}
