package dev.sfntest.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The case files under the paths the {@code cases} command is given: a file as it is, a folder
 * walked recursively for {@code *.json} (but not into the {@code __snapshots__} folders of
 * {@link CaseSnapshots}), entries sorted by name within each folder. A folder
 * reached again through a symbolic link (a loop, or a second way to the same folder) is walked once.
 */
final class CaseFiles {
    private CaseFiles() {
    }

    /** The files, in the order given; a path that does not exist is kept, to be reported. */
    static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        Set<Path> walked = new HashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                walk(path, files, walked);
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private static void walk(Path folder, List<Path> files, Set<Path> walked) {
        try {
            if (!walked.add(folder.toRealPath())) {
                return;
            }
        } catch (IOException e) {
            files.add(folder);
            return;
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            files.add(folder);
            return;
        }
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                if (!entry.getFileName().toString().equals(CaseSnapshots.FOLDER)) {
                    walk(entry, files, walked);
                }
            } else if (entry.getFileName().toString().endsWith(".json")) {
                files.add(entry);
            }
        }
    }
}
