package dev.sfntest.junit5.internal;

import dev.sfntest.junit5.ReportMode;
import dev.sfntest.report.CoverageBelowMinimumException;
import dev.sfntest.report.ExecutionPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * Reports and coverage after each test and class. Configuration parameters: {@code sfntest.reports}
 * ({@code always}, {@code on_failure}, {@code never}), {@code sfntest.reports.dir} (default
 * {@code target/sfn-test-reports}), {@code sfntest.reports.diagram} ({@code auto}, {@code svg},
 * {@code mermaid}: {@link ReportDiagrams}), {@code sfntest.coverage.minimum} (0 to 1, for the whole run).
 */
final class Reporting {
    private Reporting() {
    }

    static void afterTest(ExtensionContext context, Namespace namespace, TestEnvironment environment, boolean failed) {
        for (TestEnvironment.Ran ran : environment.executions()) {
            ExecutionPath path = ExecutionPath.of(ran.result());
            for (ExtensionContext at = context; at != null; at = at.getParent().orElse(null)) {
                if (isClass(at)) {
                    collector(at, namespace).record(ran.ref(), ran.machine(), path);
                }
            }
            runCoverage(context, namespace).collector().record(ran.ref(), ran.machine(), path);
        }
        ReportMode mode = context.getConfigurationParameter("sfntest.reports")
                .map(v -> ReportMode.valueOf(v.trim().toUpperCase(Locale.ROOT).replace('-', '_')))
                .orElse(environment.settings().report());
        if (environment.executions().isEmpty() || mode == ReportMode.NEVER || mode == ReportMode.ON_FAILURE && !failed) {
            return;
        }
        ReportDiagrams.Kind diagram = ReportDiagrams.kind(context.getConfigurationParameter(ReportDiagrams.PARAMETER));
        String method = context.getRequiredTestMethod().getName();
        String display = context.getDisplayName();
        String name = display.startsWith(method + "(") ? method : method + "-" + display;
        Path file = classDirectory(context).resolve(safe(name) + ".html");
        String title = context.getRequiredTestClass().getSimpleName() + " › " + display;
        try {
            write(file, HtmlReport.render(title, failed, environment.executions(), diagram));
            context.publishReportEntry("sfn-test report", file.toAbsolutePath().toString());
        } catch (RuntimeException | LinkageError e) {
            // a report must never change a test's outcome
            context.publishReportEntry("sfn-test report", "not written: " + e);
        }
    }

    static void afterClass(ExtensionContext context, Namespace namespace, double minimum) {
        CoverageCollector collector = collector(context, namespace);
        if (collector.snapshot().isEmpty()) {
            return;
        }
        String title = context.getRequiredTestClass().getName().replace('$', '.');
        Path dir = classDirectory(context);
        write(dir.resolve("coverage.html"), CoverageReport.html(title, collector.snapshot()));
        boolean topLevel = context.getParent().filter(Reporting::isClass).isEmpty();
        if (topLevel && minimum > 0 && collector.ratio() < minimum) {
            throw new CoverageBelowMinimumException(String.format(Locale.ROOT, "The tests of %s exercised %.1f%% of "
                    + "the state machine, below the minimum of %.1f%%:%n%s", title, collector.ratio() * 100,
                    minimum * 100, CoverageReport.text(title, collector.snapshot())), collector.ratio(), minimum);
        }
    }

    private static boolean isClass(ExtensionContext context) {
        Optional<AnnotatedElement> element = context.getElement();
        return element.isPresent() && element.get() instanceof Class<?>;
    }

    private static CoverageCollector collector(ExtensionContext context, Namespace namespace) {
        return context.getStore(namespace).getOrComputeIfAbsent(CoverageCollector.class, k -> new CoverageCollector(),
                CoverageCollector.class);
    }

    private static RunCoverage runCoverage(ExtensionContext context, Namespace namespace) {
        return context.getRoot().getStore(namespace).getOrComputeIfAbsent(RunCoverage.class,
                k -> new RunCoverage(directory(context), context.getConfigurationParameter("sfntest.coverage.minimum")
                        .map(Double::parseDouble).orElse(0.0)), RunCoverage.class);
    }

    static Path directory(ExtensionContext context) {
        return Path.of(context.getConfigurationParameter("sfntest.reports.dir").orElse("target/sfn-test-reports"));
    }

    private static Path classDirectory(ExtensionContext context) {
        Class<?> type = context.getRequiredTestClass();
        String name = type.getPackageName().isEmpty() ? type.getName()
                : type.getName().substring(type.getPackageName().length() + 1);
        return directory(context).resolve(safe(name.replace('$', '.')));
    }

    private static String safe(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]+", "_");
        return safe.length() > 120 ? safe.substring(0, 120) : safe;
    }

    static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the sfn-test report " + file + ": " + e.getMessage(), e);
        }
    }
}
