package dev.sfntest.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.Validator;
import dev.sfntest.data.Json;
import dev.sfntest.service.ServiceModels;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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

        /** Reads the trees and validates once, which loads the models they use. */
        @Setup
        public void setUp() {
            Path folder = Workloads.shared().resolve("realworld");
            trees = new ArrayList<>();
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                    try {
                        trees.add(Definitions.readTree(Definitions.read(file)));
                    } catch (RuntimeException e) {
                        // the one unparseable definition is not a validation workload
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            trees.forEach(Validator::validate);
        }
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
