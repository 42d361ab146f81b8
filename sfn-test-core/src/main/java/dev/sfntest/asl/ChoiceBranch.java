package dev.sfntest.asl;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A top-level entry of {@code Choices}: a rule and where it leads.
 *
 * @param rule the rule
 * @param next {@code Next}
 * @param assign {@code Assign}, or {@code null}
 * @param output {@code Output} (JSONata), or {@code null}
 * @param pointer JSON Pointer of the entry
 */
@API(status = EXPERIMENTAL)
public record ChoiceBranch(ChoiceRule rule, String next, FieldValue assign, FieldValue output,
        String pointer) {
}
