package dev.sfntest.bench;

import dev.sfntest.history.ExecutionResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One execution of each workload, in-process and warm: the engine time a test pays per execution.
 * The case file is read and the definition validated once, in {@link #setUp}; the benchmark runs
 * the execution only (history recorded, as always).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class WorkloadBenchmark {
    /** The workload's name: a file of {@code shared/bench/workloads} without {@code .json}. */
    @Param({"noop", "loop-10k", "loop-100k", "map-10k", "parallel-fanout", "retry-backoff", "wait-1-year",
        "dataflow-heavy"})
    public String workload;

    private Workloads.Prepared prepared;

    /** Reads and validates the workload once. */
    @Setup
    public void setUp() {
        prepared = Workloads.prepare(workload);
    }

    /** One execution; the result is returned so that JMH keeps it alive. */
    @Benchmark
    public ExecutionResult execute() {
        return prepared.execute();
    }
}
