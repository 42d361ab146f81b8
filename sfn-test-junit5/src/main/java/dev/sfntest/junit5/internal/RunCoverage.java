package dev.sfntest.junit5.internal;

import dev.sfntest.report.CoverageBelowMinimumException;
import java.nio.file.Path;
import java.util.Locale;
import org.opentest4j.AssertionFailedError;

/**
 * The coverage of a whole run, kept in the root context's store: when the run ends, JUnit
 * closes it and it writes {@code coverage.html} and {@code coverage.txt}, and fails the run when
 * {@code sfntest.coverage.minimum} is missed.
 */
final class RunCoverage implements AutoCloseable {
    private final CoverageCollector collector = new CoverageCollector();
    private final Path directory;
    private final double minimum;

    RunCoverage(Path directory, double minimum) {
        this.directory = directory;
        this.minimum = minimum;
    }

    CoverageCollector collector() {
        return collector;
    }

    @Override
    public void close() {
        if (collector.snapshot().isEmpty()) {
            return;
        }
        String text = CoverageReport.text("the run", collector.snapshot());
        Reporting.write(directory.resolve("coverage.txt"), text);
        Reporting.write(directory.resolve("coverage.html"), CoverageReport.html("the run", collector.snapshot()));
        if (minimum > 0 && collector.ratio() < minimum) {
            String message = String.format(Locale.ROOT, "The run exercised %.1f%% of its state machines, below "
                    + "sfntest.coverage.minimum = %.1f%%:%n%s", collector.ratio() * 100, minimum * 100, text);
            // an Error, since JUnit wraps any Exception from closing the root store in one of its own;
            // the typed exception is its cause
            throw new AssertionFailedError(message, new CoverageBelowMinimumException(message, collector.ratio(),
                    minimum));
        }
    }
}
