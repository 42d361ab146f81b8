package dev.sfntest.bench;

import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.InvalidDefinitionException;
import dev.sfntest.asl.StateMachine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parsing and validating every real-world definition of {@code shared/realworld} (225 files),
 * warm: text to validated {@code StateMachine}, as {@code Definitions.parse} does it (target: all
 * of them in under 200 ms). The files are read into memory once, in {@link #setUp}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class RealWorldBenchmark {
    /** The number of definitions in {@code shared/realworld}. */
    static final int DEFINITIONS = 225;

    private List<String> texts;

    /** Reads the definitions' text. */
    @Setup
    public void setUp() {
        Path folder = Workloads.shared().resolve("realworld");
        try (Stream<Path> files = Files.list(folder)) {
            texts = files.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .map(Definitions::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (texts.size() != DEFINITIONS) {
            throw new IllegalStateException("expected " + DEFINITIONS + " definitions in " + folder + ", found "
                    + texts.size());
        }
    }

    /** Parses and validates all of them; the one known-invalid definition is counted, not built. */
    @Benchmark
    public void parseAndValidateAll(Blackhole blackhole) {
        for (String text : texts) {
            try {
                StateMachine machine = Definitions.parse(text);
                blackhole.consume(machine);
            } catch (InvalidDefinitionException e) {
                blackhole.consume(e.diagnostics());
            }
        }
    }
}
