package dev.sfntest.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.Definitions;
import dev.sfntest.data.Json;
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
 * {@code Json.parse} and {@code Json.write}, warm: a small payload as a Task sends it, and the case
 * file of the {@code dataflow-heavy} workload (459 KB, 1,000 states).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class JsonBenchmark {
    private static final String SMALL = "{\"orderId\": \"order-42\", \"amount\": 250.75, \"items\": [{\"sku\": "
            + "\"A-1\", \"qty\": 2}, {\"sku\": \"B-7\", \"qty\": 1}], \"customer\": {\"id\": 1001, \"vip\": true, "
            + "\"note\": null, \"name\": \"Ada \\u00e9\"}}";

    /** Which document. */
    @Param({"small", "dataflow-heavy"})
    public String document;

    private String text;
    private JsonNode tree;

    /** Reads the document's text and tree. */
    @Setup
    public void setUp() {
        text = document.equals("small") ? SMALL : Definitions.read(Workloads.file(document));
        tree = Json.parse(text);
    }

    /** Text to tree. */
    @Benchmark
    public JsonNode parse() {
        return Json.parse(text);
    }

    /** Tree to compact text. */
    @Benchmark
    public String write() {
        return Json.write(tree);
    }
}
