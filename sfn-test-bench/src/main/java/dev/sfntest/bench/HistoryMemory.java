package dev.sfntest.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.Json;
import dev.sfntest.engine.Engine;
import dev.sfntest.engine.StateMachineType;
import dev.sfntest.history.ExecutionResult;
import java.io.IOException;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The heap an {@link ExecutionResult} with a 25,000-event history holds (AWS's cap for a STANDARD
 * execution; target: under 50 MB). Two histories: the {@code loop-10k} loop cut to 6,249
 * iterations (small payloads), and the same loop over {@code dataflow-heavy}'s 10 KB document
 * (each state builds a new document; the 80 records are shared, as the engine shares unchanged
 * values). Each figure is the heap in use after a full GC with the result held, minus the heap in
 * use after a full GC before the run; the median of 7 runs.
 *
 * <pre>{@code
 * java -cp sfn-test-bench/target/benchmarks.jar dev.sfntest.bench.HistoryMemory
 * }</pre>
 */
public final class HistoryMemory {
    private static final int ITERATIONS = 6_249;
    private static final int EVENTS = 4 * ITERATIONS + 4;
    private static final int RUNS = 7;

    private HistoryMemory() {
    }

    /** Prints one JSON line per history: events, median bytes, bytes per event, all runs. */
    public static void main(String[] args) throws IOException {
        ObjectNode loop = (ObjectNode) Json.parse(Definitions.read(Workloads.file("loop-10k"))).get("definition");
        ((ObjectNode) loop.at("/States/Check/Choices/0")).put("NumericLessThan", ITERATIONS);
        measure("loop-6249", Definitions.build(loop), Json.parse("{\"counter\":0}"));

        JsonNode dataflow = Json.parse(Definitions.read(Workloads.file("dataflow-heavy")));
        ObjectNode step = ((ObjectNode) dataflow.at("/definition/States/Step0001")).deepCopy();
        step.put("Next", "Check");
        ObjectNode definition = (ObjectNode) Json.parse("""
                {"StartAt": "Step", "States": {
                  "Check": {"Type": "Choice", "Choices": [{"Variable": "$.doc.meta.step",
                      "NumericLessThan": %d, "Next": "Step"}], "Default": "Done"},
                  "Done": {"Type": "Succeed"}}}
                """.formatted(ITERATIONS));
        ((ObjectNode) definition.get("States")).set("Step", step);
        measure("dataflow-10KB-loop-6249", Definitions.build(definition), dataflow.get("input"));
    }

    private static void measure(String name, StateMachine machine, JsonNode input) {
        Engine engine = Engine.builder().type(StateMachineType.STANDARD).build();
        ExecutionResult check = engine.execute(machine, input);
        if (check.history().size() != EVENTS || !check.succeeded()) {
            throw new IllegalStateException(name + ": " + check.status() + " " + check.cause() + ", "
                    + check.history().size() + " events, expected " + EVENTS);
        }
        check = null;
        List<Long> bytes = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            long before = usedAfterGc();
            ExecutionResult result = engine.execute(machine, input);
            long after = usedAfterGc();
            Reference.reachabilityFence(result);
            bytes.add(after - before);
        }
        long[] sorted = bytes.stream().mapToLong(Long::longValue).sorted().toArray();
        long median = sorted[sorted.length / 2];
        System.out.printf(Locale.ROOT, "{\"history\":\"%s\",\"events\":%d,\"medianBytes\":%d,\"medianMiB\":%.1f,"
                + "\"bytesPerEvent\":%d,\"runs\":%s}%n", name, EVENTS, median, median / 1048576.0, median / EVENTS,
                Arrays.toString(sorted));
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
