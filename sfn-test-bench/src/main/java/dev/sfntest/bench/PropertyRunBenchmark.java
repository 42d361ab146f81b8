package dev.sfntest.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.Json;
import dev.sfntest.engine.TaskOutcome;
import dev.sfntest.property.CheckCoverage;
import dev.sfntest.property.Invariants;
import dev.sfntest.property.WorkflowCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A property run: 1,000 generated executions (inputs and fault schedules) of a 20-state workflow
 * with Retry and Catch, checked against the ready-made Retry, Catch and termination invariants
 * (target: under 1 second per run).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PropertyRunBenchmark {
    private StateMachine machine;
    private long seed;

    /** Loads the 20-state workflow. */
    @Setup
    public void setUp() {
        try (InputStream in = PropertyRunBenchmark.class.getResourceAsStream("property-20-states.asl.json")) {
            machine = Definitions.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One property run of 1,000 executions; a new seed each time, so no run repeats another. */
    @Benchmark
    public CheckCoverage thousandExecutions() {
        ObjectNode payload = Json.emptyObject().put("ok", true);
        ObjectNode response = Json.emptyObject();
        response.put("StatusCode", 200);
        response.set("Payload", payload);
        return WorkflowCheck.of(machine)
                .taskHandler(invocation -> TaskOutcome.success(response))
                .invariants(Invariants.terminatesWithinLimits(), Invariants.retriesFollowPolicy(),
                        Invariants.catchersRouteErrors())
                .seed(seed++)
                .tries(1_000)
                .check();
    }
}
