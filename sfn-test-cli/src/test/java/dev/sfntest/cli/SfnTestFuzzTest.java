package dev.sfntest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of the command line: definitions, inputs, mock files and case files damaged at
 * the byte level (bytes flipped, cut, repeated, invalid UTF-8, deep nesting) go through
 * {@code validate}, {@code run}, {@code cases} and {@code graph}; every command must end with a
 * documented exit code (0, 1 or 2), never exit 3 ("internal error"). Run it longer with
 * {@code -Dsfntest.fuzz.iterations=20000 -Dsfntest.fuzz.seed=7}.
 */
class SfnTestFuzzTest {
    private static final int DEFAULT_ITERATIONS = 120;
    private static final List<String> DEFINITIONS = List.of(
            "{\"StartAt\": \"Charge\", \"States\": {\"Charge\": {\"Type\": \"Task\", \"Resource\": "
                    + "\"arn:aws:states:::lambda:invoke\", \"Retry\": [{\"ErrorEquals\": [\"States.ALL\"], "
                    + "\"MaxAttempts\": 2}], \"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Failed\"}], "
                    + "\"Next\": \"Wait\"}, \"Wait\": {\"Type\": \"Wait\", \"SecondsPath\": \"$.delay\", \"Next\": \"Check\"},"
                    + " \"Check\": {\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.n\", \"NumericLessThan\": 3, "
                    + "\"Next\": \"Charge\"}], \"Default\": \"Done\"}, \"Done\": {\"Type\": \"Succeed\"},"
                    + " \"Failed\": {\"Type\": \"Fail\", \"Error\": \"E\", \"Cause\": \"c\"}}}",
            "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"Items\", \"States\": {\"Items\": {\"Type\": \"Map\", "
                    + "\"Items\": \"{% $states.input.items %}\", \"ItemProcessor\": {\"StartAt\": \"Double\", \"States\": "
                    + "{\"Double\": {\"Type\": \"Pass\", \"Output\": \"{% $states.input * 2 %}\", \"End\": true}}}, "
                    + "\"Next\": \"Both\"}, \"Both\": {\"Type\": \"Parallel\", \"Branches\": [{\"StartAt\": \"A\", "
                    + "\"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true}}}], \"End\": true}}}",
            "StartAt: Format\nStates:\n  Format:\n    Type: Pass\n    Parameters:\n      text.$: "
                    + "States.Format('{} {}', $.a, States.ArrayLength($.list))\n    End: true\n");
    private static final String INPUT = "{\"items\": [1, 2, 3], \"n\": 1, \"delay\": 5, \"a\": \"x\", \"list\": [1]}";
    private static final String MOCKS = "{\"StateMachines\": {\"d\": {\"TestCases\": {\"T\": {\"Charge\": \"R\"}}}}, "
            + "\"MockedResponses\": {\"R\": {\"0\": {\"Throw\": {\"Error\": \"E\"}}, \"1-2147483647\": "
            + "{\"Return\": {\"n\": 5}}}}}";

    @TempDir
    Path dir;

    @Nested
    class EveryCommand {
        @Test
        void endsWithADocumentedExitCodeWhateverTheFiles() {
            long seed = Long.getLong("sfntest.fuzz.seed", 1L);
            int iterations = Integer.getInteger("sfntest.fuzz.iterations", DEFAULT_ITERATIONS);

            Map<String, String> findings = new LinkedHashMap<>();
            for (int i = 0; i < iterations; i++) {
                Random random = new Random(seed * 1_000_003L + i);
                Path definition = write("d.json", damage(random, DEFINITIONS.get(random.nextInt(DEFINITIONS.size()))));
                Path input = write("input.json", damage(random, INPUT));
                Path mocks = write("mocks.json", damage(random, MOCKS));
                Path caseFile = write("case.json", ("{\"definition\": " + new String(read(definition),
                        StandardCharsets.UTF_8) + ", \"input\": " + INPUT + ", \"mocks\": {\"Charge\": {\"0-9\": "
                        + "{\"Return\": {}}}}}").getBytes(StandardCharsets.UTF_8));
                List<Object[]> commands = List.of(
                        new Object[] {"validate", definition, caseFile},
                        new Object[] {"run", definition, "--input", "@" + input, "--mock-config", mocks, "--test-case", "T",
                            "--type", random.nextBoolean() ? "EXPRESS" : "STANDARD"},
                        new Object[] {"cases", caseFile, dir},
                        new Object[] {"graph", definition});
                for (Object[] command : commands) {
                    Cli.Result result = Cli.run(command);
                    if (result.exit() > SfnTestCli.USAGE || result.err().contains("internal error")) {
                        findings.putIfAbsent(result.err().lines().findFirst().orElse("exit " + result.exit()),
                                "iteration " + i + " (seed " + seed + "): " + command[0] + " exited " + result.exit()
                                        + ": " + result.err());
                    }
                }
            }

            assertThat(findings.values()).as("findings of %d iterations with seed %d", iterations, seed).isEmpty();
        }
    }

    private Path write(String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Zero to three byte-level changes. */
    private static byte[] damage(Random random, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int n = random.nextInt(4); n > 0; n--) {
            int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
            bytes = switch (random.nextInt(6)) {
                case 0 -> java.util.Arrays.copyOf(bytes, at);
                case 1 -> {
                    byte[] flipped = bytes.clone();
                    if (flipped.length > 0) {
                        flipped[at] = (byte) random.nextInt(256);
                    }
                    yield flipped;
                }
                case 2 -> splice(bytes, at, "[".repeat(random.nextInt(2_000)).getBytes(StandardCharsets.UTF_8));
                case 3 -> splice(bytes, at, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                case 4 -> splice(bytes, at, "\"${X}\", 1e400, -0, \"\\ud800\", null, ".getBytes(StandardCharsets.UTF_8));
                default -> splice(bytes, at, java.util.Arrays.copyOfRange(bytes, at, Math.min(bytes.length,
                        at + random.nextInt(50))));
            };
        }
        return bytes;
    }

    private static byte[] splice(byte[] bytes, int at, byte[] inserted) {
        byte[] out = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(inserted, 0, out, at, inserted.length);
        System.arraycopy(bytes, at, out, at + inserted.length, bytes.length - at);
        return out;
    }
}
