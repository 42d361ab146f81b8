package dev.sfntest.data.intrinsic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** Finds the shared conformance cases, or skips the test saying how to point at them. */
final class SharedCases {
    static final String PROPERTY = "sfntest.shared";

    private SharedCases() {
    }

    static Path directory() {
        String configured = System.getProperty(PROPERTY);
        List<String> candidates = configured != null ? List.of(configured) : List.of("../shared", "../../shared");
        for (String candidate : candidates) {
            Path cases = Path.of(candidate, "conformance", "cases");
            if (Files.isDirectory(cases)) {
                return cases;
            }
        }
        Assumptions.abort("Conformance cases not found in " + candidates
                + "; run with -D" + PROPERTY + "=/path/to/shared (the folder holding conformance/cases)");
        throw new AssertionError("unreachable");
    }
}
