package dev.sfntest.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.Validator;
import dev.sfntest.data.Json;
import dev.sfntest.service.ServiceModels;
import java.io.IOException;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The cost of the service-aware checks: validating every real-world definition with the API
 * models already loaded (warm), and loading one service's model for the first time in a fresh JVM
 * (one shot per fork: reading the JSON from the jar, parsing it, dropping documentation).
 */
public class ServiceModelsBenchmark {

    /** Every real-world definition as a JSON tree; the models they use are loaded in setup. */
    @State(Scope.Benchmark)
    public static class RealWorld {
        List<JsonNode> trees;
        List<JsonNode> tasks;

        /** Reads the trees and validates once, which loads the models they use. */
        @Setup
        public void setUp() {
            trees = ServiceModelsCost.realWorld();
            trees.forEach(Validator::validate);
            tasks = ServiceModelsCost.tasks(trees);
        }
    }

    /**
     * The service checks alone on every real-world Task state: the resource resolved, the static
     * request checked, the Retry and Catch names checked (the share of {@link #validateRealWorldWithModels}
     * they take).
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
    public void serviceChecksOnly(RealWorld realWorld, Blackhole blackhole) {
        ServiceModelsCost.checkTasks(realWorld.tasks, blackhole::consume);
    }

    /** Validates all real-world definitions (resources, requests and error names against the models). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
    public void validateRealWorldWithModels(RealWorld realWorld, Blackhole blackhole) {
        for (JsonNode tree : realWorld.trees) {
            blackhole.consume(Validator.validate(tree));
        }
    }

    /** One service's model, loaded once in a fresh JVM (Jackson already initialised). */
    @State(Scope.Thread)
    public static class FirstLoad {
        @Param({"lambda", "dynamodb", "sqs", "sns", "eventbridge", "sfn", "ecs", "glue", "sagemaker"})
        String service;

        /** Initialises Jackson, so the figure is the model's own cost. */
        @Setup
        public void setUp() throws IOException {
            Json.parse("{\"warm\": [1, 2.5, \"x\"]}");
        }
    }

    /** Loads the service's model with a fresh cache. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 3)
    public Object firstLoad(FirstLoad state) {
        return ServiceModels.using(ServiceModelsBenchmark.class.getClassLoader()).model(state.service).orElseThrow();
    }
}
