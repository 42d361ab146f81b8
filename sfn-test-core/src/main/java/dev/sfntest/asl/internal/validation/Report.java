package dev.sfntest.asl.internal.validation;

import dev.sfntest.asl.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/** The findings of one validation run, in the order they were found. */
final class Report {
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    void error(String code, String location, String message) {
        diagnostics.add(Diagnostic.error(code, location, message));
    }

    void warning(String code, String location, String message) {
        diagnostics.add(Diagnostic.warning(code, location, message));
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
