/**
 * JMH benchmarks of sfn-test: the workloads of {@code ../shared/bench/workloads} run in-process
 * ({@link dev.sfntest.bench.WorkloadBenchmark}), state transitions per second on {@code loop-100k}
 * ({@link dev.sfntest.bench.TransitionsBenchmark}), parsing and validating the real-world
 * definitions ({@link dev.sfntest.bench.RealWorldBenchmark}), and the memory a 25,000-event
 * history holds ({@link dev.sfntest.bench.HistoryMemory}).
 *
 * <p>Run them with {@code bench/run} at the repository root; {@code docs/performance.md} has the
 * figures. The shared folder is found through the system property {@code sfntest.shared}
 * (default {@code ../shared}).
 */
package dev.sfntest.bench;
