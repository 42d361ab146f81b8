package dev.sfntest.data.intrinsic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

/** Finds the shared conformance cases, or skips the test saying how to point at them. */
final class SharedCases {
    static final String PROPERTY = "sfntest.shared";

    private SharedCases() {
    }

    /** The cases folder, or empty when there is none; {@link #missing()} says how to point at one. */
    static java.util.Optional<Path> directory() {
        String configured = System.getProperty(PROPERTY);
        List<String> candidates = configured != null ? List.of(configured) : List.of("../shared", "../../shared");
        for (String candidate : candidates) {
            Path cases = Path.of(candidate, "conformance", "cases");
            if (Files.isDirectory(cases)) {
                return java.util.Optional.of(cases);
            }
        }
        return java.util.Optional.empty();
    }

    /** A test that is skipped with a message saying where the cases were looked for and how to set it. */
    static DynamicTest missing() {
        String configured = System.getProperty(PROPERTY);
        String looked = configured != null ? configured : "../shared and ../../shared";
        return DynamicTest.dynamicTest("conformance cases not found", () -> Assumptions.abort(
                "Conformance cases not found in " + looked + "; run with -D" + PROPERTY
                        + "=/path/to/shared (the folder holding conformance/cases)"));
    }
}
