package dev.sfntest.cli;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import picocli.CommandLine;

/**
 * The training run behind {@code bin/sfn-test}'s class-data-sharing archive: runs each command on
 * bundled workflows that touch every state type, both query languages, Retry and Catch, the
 * validator and the MockConfigFile, so that the archive the JVM dumps at exit holds the classes
 * any later run needs, whichever command comes first. Prints nothing; exit code 0 when every
 * command behaved as expected.
 */
@API(status = INTERNAL)
public final class ClassDataTraining {
    private static final String FOLDER = "training/";
    private static final List<String> FILES = List.of("tour-jsonpath.json", "tour-jsonata.json",
            "invalid.asl.json", "tour.asl.json", "tour-input.json", "tour-mocks.json");

    private ClassDataTraining() {
    }

    /** Runs the training commands in a temporary folder, which it removes. */
    public static void main(String[] args) throws IOException {
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        Path folder = Files.createTempDirectory("sfn-test-training");
        int failures;
        try {
            copyFiles(folder);
            failures = train(folder);
        } finally {
            delete(folder);
        }
        System.exit(failures == 0 ? SfnTestCli.OK : SfnTestCli.NOT_SUCCEEDED);
    }

    /** Runs every command; the number that ended with an unexpected exit code. */
    static int train(Path folder) {
        PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        String tour = folder.resolve("tour.asl.json").toString();
        int failures = 0;
        failures += expect(SfnTestCli.OK, LeanStart.run(new String[] {"cases",
            folder.resolve("tour-jsonpath.json").toString(), folder.resolve("tour-jsonata.json").toString()},
                discard, discard));
        failures += expect(SfnTestCli.NOT_SUCCEEDED, LeanStart.run(new String[] {"validate",
            folder.resolve("invalid.asl.json").toString()}, discard, discard));
        failures += expect(SfnTestCli.OK, LeanStart.run(new String[] {"run", tour, "--input",
            "@" + folder.resolve("tour-input.json"), "--mock-config", folder.resolve("tour-mocks.json").toString(),
            "--test-case", "Happy", "--history"}, discard, discard));
        CommandLine command = new CommandLine(new SfnTestCli()).setOut(discard).setErr(discard);
        failures += expect(SfnTestCli.OK, command.execute("run", tour, "--input",
                "@" + folder.resolve("tour-input.json"), "--mock-config", folder.resolve("tour-mocks.json").toString(),
                "--test-case", "Happy", "--history", "--substitute", "Unused=1", "--seed", "42"));
        failures += expect(SfnTestCli.OK, command.execute("validate", tour));
        failures += expect(SfnTestCli.OK, command.execute("graph", tour));
        return failures;
    }

    /** Copies the bundled training files into the folder. */
    static void copyFiles(Path folder) throws IOException {
        for (String file : FILES) {
            copy(file, folder.resolve(file));
        }
    }

    private static int expect(int wanted, Integer actual) {
        return actual != null && actual == wanted ? 0 : 1;
    }

    private static void copy(String file, Path target) throws IOException {
        try (InputStream in = ClassDataTraining.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IOException("The training file " + FOLDER + file + " is missing from the jar");
            }
            Files.copy(in, target);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
