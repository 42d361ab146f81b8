package dev.sfntest.asl.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.Diagnostic;
import dev.sfntest.asl.QueryLanguage;
import dev.sfntest.data.Json;
import java.util.List;

/**
 * The validator behind {@link dev.sfntest.asl.Validator}: checks the raw tree, so that the model
 * builder only ever sees definitions it can build.
 */
public final class Validation {
    /** AWS's quota on the size of a state machine definition: 1 MB. */
    static final int MAX_DEFINITION_BYTES = 1_048_576;
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
        if (Json.exceedsUtf8Bytes(definition, MAX_DEFINITION_BYTES)
                && Json.write(definition).length() > MAX_DEFINITION_BYTES) {
            report.error("DEFINITION_TOO_LARGE", "", "The definition takes " + Json.write(definition).length()
                    + " characters as compact JSON; AWS accepts definitions of at most 1 MB (" + MAX_DEFINITION_BYTES
                    + ")");
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
