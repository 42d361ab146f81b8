package dev.sfntest.bench;

import dev.sfntest.history.ExecutionResult;
import java.util.Arrays;
import java.util.Locale;

/**
 * Runs one workload over and over for a while, for a profiler to watch (JFR: start it with
 * {@code -XX:StartFlightRecording}), and prints the median time of one execution.
 *
 * <pre>{@code
 * java -XX:StartFlightRecording=settings=profile,filename=loop.jfr \
 *      -cp sfn-test-bench/target/benchmarks.jar dev.sfntest.bench.ProfileRun loop-100k 30
 * jfr print --events jdk.ExecutionSample loop.jfr
 * }</pre>
 */
public final class ProfileRun {
    private ProfileRun() {
    }

    /** {@code WORKLOAD [SECONDS]} (default 20 seconds). */
    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: ProfileRun WORKLOAD [SECONDS]");
            System.exit(2);
        }
        Workloads.Prepared prepared = Workloads.prepare(args[0]);
        long seconds = args.length > 1 ? Long.parseLong(args[1]) : 20;
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long[] times = new long[1 << 16];
        int count = 0;
        ExecutionResult last = null;
        while (System.nanoTime() < end && count < times.length) {
            long start = System.nanoTime();
            last = prepared.execute();
            times[count++] = System.nanoTime() - start;
        }
        long[] measured = Arrays.copyOfRange(times, count / 2, count);   // the second half: warm
        Arrays.sort(measured);
        System.out.printf(Locale.ROOT, "%s: %d executions, median of the last %d: %.3f ms (min %.3f, max %.3f); "
                + "last %d events%n", args[0], count, measured.length, measured[measured.length / 2] / 1e6,
                measured[0] / 1e6, measured[measured.length - 1] / 1e6, last.history().size());
    }
}
