package dev.sfntest.asl;

/**
 * A top-level entry of {@code Choices}: a rule and where it leads.
 *
 * @param rule the rule
 * @param next {@code Next}
 * @param assign {@code Assign}, or {@code null}
 * @param output {@code Output} (JSONata), or {@code null}
 * @param pointer JSON Pointer of the entry
 */
public record ChoiceBranch(ChoiceRule rule, String next, FieldValue assign, FieldValue output,
        String pointer) {
}
