package dev.sfntest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.InvalidDefinitionException;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.Json;
import dev.sfntest.engine.Engine;
import dev.sfntest.engine.StateMachineType;
import dev.sfntest.engine.TaskHandler;
import dev.sfntest.engine.TaskOutcome;
import dev.sfntest.engine.UnmockedTaskException;
import dev.sfntest.history.ExecutionResult;
import dev.sfntest.mock.InvalidMockException;
import dev.sfntest.mock.MockedResponses;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of parse, validate and run: definitions and inputs from recorded conformance
 * cases, mutated ({@link Mutator}), must end in a result or in one of the documented exceptions
 * (invalid definition, invalid mocks, unmocked task, a stalled execution), never in another
 * exception, an error or a hang (every run is capped at {@value #MAX_TRANSITIONS} transitions); and
 * the same seed must give the same result.
 *
 * <p>The build runs a fixed number of iterations. Run it longer with
 * {@code -Dsfntest.fuzz.iterations=100000 -Dsfntest.fuzz.seed=7}; with
 * {@code -Dsfntest.fuzz.allCases=true -Dsfntest.shared=/path/to/shared} every conformance case is a
 * seed too. (The module's tests run with {@code -XX:-OmitStackTraceInFastThrow}, so that an
 * exception thrown often keeps the frame that names where it comes from.)
 */
class DefinitionFuzzTest {
    private static final int MAX_TRANSITIONS = 2_000;
    private static final int DEFAULT_ITERATIONS = 25_000;
    @Nested
    class ParseValidateRun {
        @Test
        void endsInAResultOrADocumentedExceptionAndRepeatsForTheSameSeed() {
            long seed = Long.getLong("sfntest.fuzz.seed", 1L);
            int iterations = Integer.getInteger("sfntest.fuzz.iterations", DEFAULT_ITERATIONS);
            List<Seed> seeds = seeds();

            Map<String, String> findings = new LinkedHashMap<>();
            for (int i = 0; i < iterations; i++) {
                long iterationSeed = seed * 1_000_003L + i;
                Seed start = seeds.get(new Random(iterationSeed).nextInt(seeds.size()));
                String finding = FuzzCase.of(start, iterationSeed).check();
                if (finding != null && findings.putIfAbsent(finding.lines().findFirst()
                        .orElse(""), "iteration " + i + " (seed " + seed + ", case seed " + iterationSeed + ", from "
                        + start.name() + "): " + finding) == null) {
                    System.err.println("fuzz finding: " + findings.get(finding.lines().findFirst().orElse("")));
                }
                if (iterations > DEFAULT_ITERATIONS && i % 10_000 == 0) {
                    System.err.println("fuzz: " + i + " of " + iterations + " iterations");
                }
            }

            assertThat(findings.values()).as("findings of %d iterations with seed %d", iterations, seed).isEmpty();
        }
    }

    /** A seed definition and input. */
    record Seed(String name, JsonNode definition, JsonNode input) {
    }

    /** One mutated case. */
    record FuzzCase(String definitionText, JsonNode input, JsonNode mocks, StateMachineType type, long seed) {
        static FuzzCase of(Seed start, long seed) {
            Random random = new Random(seed);
            random.nextInt(); // drawn by the seed choice
            Mutator mutator = new Mutator(random);
            JsonNode definition = random.nextInt(10) == 0 ? start.definition() : mutator.mutate(start.definition());
            String text = Json.write(definition);
            if (random.nextInt(8) == 0) {
                text = mutator.damage(text);
            }
            JsonNode input = random.nextInt(3) == 0 ? mutator.mutate(start.input()) : start.input();
            JsonNode mocks = null;
            if (random.nextInt(4) == 0) {
                mocks = mutator.mutate(Json.emptyObject().set(firstState(definition), Json.emptyObject()
                        .set(random.nextBoolean() ? "0" : "0-2147483647", Json.emptyObject().set("Return", input))));
            }
            StateMachineType type = random.nextInt(3) == 0 ? StateMachineType.EXPRESS : StateMachineType.STANDARD;
            return new FuzzCase(text, input, mocks, type, seed);
        }

        private static String firstState(JsonNode definition) {
            JsonNode states = definition.path("States");
            return states.isObject() && states.size() > 0 ? states.fieldNames().next() : "A";
        }

        /** {@code null}, or what went wrong. */
        String check() {
            try {
                Outcome first = run();
                if (seed % 4 == 0) {
                    Outcome second = run();
                    if (!first.equals(second)) {
                        return "not deterministic: " + first + " then " + second + "\n  definition: " + excerpt();
                    }
                }
                return null;
            } catch (InvalidDefinitionException | InvalidMockException | UnmockedTaskException e) {
                return null;
            } catch (IllegalStateException e) {
                return e.getMessage() != null && e.getMessage().startsWith("The execution cannot go on") ? null
                        : describe(e);
            } catch (RuntimeException | StackOverflowError e) {
                return describe(e);
            }
        }

        private Outcome run() {
            StateMachine machine = Definitions.parse(definitionText);
            TaskHandler handler = mocks != null ? MockedResponses.parse(mocks) : null;
            TaskHandler answering = invocation -> {
                TaskOutcome scripted = handler == null ? null : handler.handle(invocation);
                if (scripted != null) {
                    return scripted;
                }
                int kind = Math.floorMod(invocation.stateName().hashCode() + invocation.attempt(), 5);
                return switch (kind) {
                    case 0 -> TaskOutcome.failure("States.TaskFailed", "fuzzed failure");
                    case 1 -> TaskOutcome.success(Json.nodes().textNode("done")).after(Duration.ofSeconds(3));
                    case 2 -> TaskOutcome.failure("Custom.Error", null);
                    default -> TaskOutcome.success(invocation.input());
                };
            };
            ExecutionResult result = Engine.builder().taskHandler(answering).seed(seed).type(type)
                    .maxStateTransitions(MAX_TRANSITIONS).build().execute(machine, input);
            return new Outcome(result.status().name(), result.output(), result.error(), result.cause(),
                    result.history().size());
        }

        private String describe(Throwable e) {
            StackTraceElement top = e.getStackTrace().length == 0 ? null : e.getStackTrace()[0];
            String message = String.valueOf(e.getMessage());
            return e.getClass().getName() + " at " + top + ": " + message.substring(0, Math.min(300, message.length()))
                    + "\n  definition: " + excerpt() + "\n  input: " + excerptOf(Json.write(input))
                    + (mocks == null ? "" : "\n  mocks: " + excerptOf(Json.write(mocks))) + "\n  type: " + type;
        }

        private String excerpt() {
            return excerptOf(definitionText);
        }

        private static String excerptOf(String text) {
            return text.length() <= 2_000 ? text : text.substring(0, 2_000) + "...";
        }
    }

    /** What an execution gave, compared between two runs of one seed. */
    record Outcome(String status, JsonNode output, String error, String cause, int events) {
    }

    static List<Seed> seeds() {
        List<Seed> seeds = new ArrayList<>();
        try (InputStream in = DefinitionFuzzTest.class.getResourceAsStream("seeds.json")) {
            for (JsonNode seed : Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                seeds.add(new Seed(seed.get("name").asText(), seed.get("definition"), seed.get("input")));
            }
            Path cases = Path.of(System.getProperty("sfntest.shared", "../shared"), "conformance", "cases");
            if (Boolean.getBoolean("sfntest.fuzz.allCases") && Files.isDirectory(cases)) {
                try (Stream<Path> files = Files.list(cases)) {
                    for (Path file : files.sorted().toList()) {
                        JsonNode root = Json.parse(Files.readString(file));
                        seeds.add(new Seed(file.getFileName().toString(), root.get("definition"),
                                root.has("input") ? root.get("input") : Json.emptyObject()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return seeds;
    }
}
