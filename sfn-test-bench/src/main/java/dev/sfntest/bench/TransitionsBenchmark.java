package dev.sfntest.bench;

import dev.sfntest.history.ExecutionResult;
import dev.sfntest.history.HistoryEvent;
import java.util.concurrent.TimeUnit;
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

/**
 * State transitions per second on {@code loop-100k}: JMH's throughput counts each execution as
 * {@value #STATES_ENTERED} operations, one per state entered, so the score reads in transitions
 * per second (target: at least 2 million).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class TransitionsBenchmark {
    /** States entered by one execution of {@code loop-100k}: 100,000 Pass, 100,000 Choice, 1 Succeed. */
    static final int STATES_ENTERED = 200_001;

    private Workloads.Prepared prepared;

    /** Reads the workload and checks how many states one execution enters. */
    @Setup
    public void setUp() {
        prepared = Workloads.prepare("loop-100k");
        long entered = prepared.execute().history().stream()
                .map(HistoryEvent::type)
                .filter(type -> type.name().endsWith("StateEntered"))
                .count();
        if (entered != STATES_ENTERED) {
            throw new IllegalStateException("loop-100k entered " + entered + " states, not " + STATES_ENTERED);
        }
    }

    /** One execution of loop-100k: {@value #STATES_ENTERED} transitions. */
    @Benchmark
    @OperationsPerInvocation(STATES_ENTERED)
    public ExecutionResult loop100k() {
        return prepared.execute();
    }
}
