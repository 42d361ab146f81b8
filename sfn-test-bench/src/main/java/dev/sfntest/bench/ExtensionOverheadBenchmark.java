package dev.sfntest.bench;

import dev.sfntest.bench.junit.ExtensionTests;
import java.util.concurrent.TimeUnit;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * The JUnit extension's cost per test after the first: the time per test of 100 tests through
 * {@code @StepFunctionTest}, against the same 100 executions in plain Jupiter tests (target: the
 * difference under 1 ms per test).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-Dsfntest.reports=NEVER"})
public class ExtensionOverheadBenchmark {
    private Launcher launcher;

    /** One launcher, as a build tool keeps one for a test run. */
    @Setup
    public void setUp() {
        launcher = LauncherFactory.create();
    }

    /** Microseconds per test through the extension. */
    @Benchmark
    @OperationsPerInvocation(ExtensionTests.TESTS)
    public long withExtension() {
        return run(ExtensionTests.WithExtension.class);
    }

    /** Microseconds per test in plain Jupiter. */
    @Benchmark
    @OperationsPerInvocation(ExtensionTests.TESTS)
    public long plainJupiter() {
        return run(ExtensionTests.PlainJupiter.class);
    }

    private long run(Class<?> testClass) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(testClass)).build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(request, listener);
        TestExecutionSummary summary = listener.getSummary();
        if (summary.getTotalFailureCount() > 0 || summary.getTestsSucceededCount() != ExtensionTests.TESTS) {
            throw new IllegalStateException(testClass.getSimpleName() + ": " + summary.getTestsSucceededCount()
                    + " of " + ExtensionTests.TESTS + " tests passed");
        }
        return summary.getTestsSucceededCount();
    }
}
