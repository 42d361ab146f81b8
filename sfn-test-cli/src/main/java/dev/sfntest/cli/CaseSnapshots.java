package dev.sfntest.cli;

import dev.sfntest.cases.CaseResult;
import dev.sfntest.history.ExecutionSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Snapshots of case files: {@code __snapshots__/NAME.json} beside the case file {@code NAME.json},
 * holding what the case's run gave ({@link ExecutionSnapshot#text}: status, output, error, cause
 * and the normalised history). A case with a snapshot is compared with it on every run;
 * {@code --update-snapshots} records or re-records it. Nothing is written unless asked.
 */
final class CaseSnapshots {
    /** The folder of snapshots beside the case files; {@code cases} does not walk into it. */
    static final String FOLDER = "__snapshots__";

    private CaseSnapshots() {
    }

    /** The snapshot file of a case file. */
    static Path fileOf(Path caseFile) {
        Path name = caseFile.getFileName();
        return caseFile.resolveSibling(FOLDER).resolve(name == null ? "case.json" : name.toString());
    }

    /** The snapshot text of a case that ran. */
    static String textOf(CaseResult result) {
        return ExecutionSnapshot.text(result.status(), result.output(), result.error(), result.cause(),
                result.history() == null ? List.of() : result.history());
    }

    /**
     * How the run differs from the case's snapshot: a heading then the line diff, one entry per
     * line; empty when they agree or the case has no snapshot.
     */
    static List<String> differences(Path caseFile, String text) {
        Path file = fileOf(caseFile);
        String recorded;
        try {
            recorded = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            return List.of("snapshot: cannot read " + file + ": " + CliFiles.reason(e));
        }
        String diff = ExecutionSnapshot.diff(recorded, text);
        if (diff.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("snapshot: this run differs from " + file + " (- snapshot, + this run; re-record with "
                + "--update-snapshots):");
        diff.lines().forEach(lines::add);
        return lines;
    }

    /**
     * Records the case's snapshot.
     *
     * @return {@code "recorded"} for a new snapshot, {@code "re-recorded"} for a changed one,
     *     {@code null} when it was already the same
     */
    static String record(Path caseFile, String text) {
        Path file = fileOf(caseFile);
        try {
            String before = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
            if (text.equals(before)) {
                return null;
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return before == null ? "recorded" : "re-recorded";
        } catch (IOException e) {
            throw CliException.usage("Cannot write the snapshot " + file + ": " + CliFiles.reason(e));
        }
    }
}
