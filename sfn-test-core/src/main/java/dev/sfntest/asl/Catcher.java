package dev.sfntest.asl;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.sfntest.data.ReferencePath;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One {@code Catch} entry.
 *
 * @param errorEquals {@code ErrorEquals}
 * @param next {@code Next}
 * @param resultPath {@code ResultPath}: {@code $} when absent, {@code null} when set to JSON null
 * @param assign {@code Assign}, or {@code null}
 * @param output {@code Output} (JSONata), or {@code null}
 * @param pointer JSON Pointer of the entry
 */
@API(status = EXPERIMENTAL)
public record Catcher(List<String> errorEquals, String next, ReferencePath resultPath, FieldValue assign,
        FieldValue output, String pointer) {

    /** Copies the list. */
    public Catcher {
        errorEquals = List.copyOf(errorEquals);
    }
}
