package dev.sfntest.asl;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.sfntest.data.CompiledPath;
import org.apiguardian.api.API;

/**
 * The fields every state shares.
 *
 * @param name the state's name, unique in the whole definition
 * @param pointer the JSON Pointer of the state in the definition, for example {@code /States/Charge}
 * @param comment {@code Comment}, or {@code null}
 * @param queryLanguage the language in force for this state (its own, or inherited)
 * @param next {@code Next}, or {@code null} for a terminal state
 * @param end {@code End}
 * @param inputPath {@code InputPath}: {@code $} when absent, {@code null} when set to JSON null
 * @param outputPath {@code OutputPath}: {@code $} when absent, {@code null} when set to JSON null
 * @param assign {@code Assign} (a JSONPath payload template, or a JSONata value), or {@code null}
 * @param output {@code Output} (JSONata), or {@code null}
 */
@API(status = EXPERIMENTAL)
public record StateCommon(
        String name,
        String pointer,
        String comment,
        QueryLanguage queryLanguage,
        String next,
        boolean end,
        CompiledPath inputPath,
        CompiledPath outputPath,
        FieldValue assign,
        FieldValue output) {
}
