package dev.sfntest.asl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A top-level entry of {@code Choices}: a rule and where it leads.
 *
 * @param rule the rule
 * @param next {@code Next}
 * @param assign {@code Assign}, or {@code null}
 * @param output {@code Output} (JSONata), or {@code null}
 * @param pointer JSON Pointer of the entry
 */
public record ChoiceBranch(ChoiceRule rule, String next, JsonNode assign, JsonNode output, String pointer) {
}
