package dev.sfntest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.cases.CaseFile;
import dev.sfntest.cases.CaseResult;
import dev.sfntest.cases.CaseRunner;
import dev.sfntest.data.InvalidJsonException;
import dev.sfntest.data.UnreadableFileException;
import dev.sfntest.history.HistoryJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sfn-test cases PATH...}: runs case files ({@code conformance/README.md} format) and prints
 * one JSON line per case, {@code {"name", "status", "output", "error", "cause"}}, in the order
 * given; a case with an {@code expected} adds {@code "match"} (its status, output, error, cause
 * and recorded history agree with what ran) and, when it does not, {@code "differences"}, one
 * string each. {@code --history} adds {@code "history"}, as {@code run --history} prints it. A
 * case that cannot be run prints {@code "status": "ERROR"} with a {@code "message"}; the command
 * goes on with the next. Each mismatch is also described on standard error, one line per
 * difference; {@code --jobs N} runs N cases at a time, printing in the same order;
 * {@code --junit-xml FILE} writes the verdicts as JUnit XML ({@link JunitXml}).
 * Exit 0 when every case ran and matched its {@code expected}; 1 otherwise.
 */
@Command(name = "cases", mixinStandardHelpOptions = true, versionProvider = SfnTestCli.Version.class,
        description = "Runs case files and folders of them (recursively, *.json); prints one JSON line per case.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every case ran and matched its expected (status, output, error, cause, history)",
            "1:some case could not be run (status ERROR) or did not match", "2:usage error"})
final class CasesCommand extends Subcommand {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Case files and folders.")
    List<Path> paths;

    @Option(names = "--history", description = "Adds each case's history, as GetExecutionHistory lists it.")
    boolean history;

    @Option(names = "--update-snapshots",
            description = "Records (or re-records) each case's snapshot, __snapshots__/NAME.json beside it; a case "
                    + "with a snapshot is compared with it on every run.")
    boolean updateSnapshots;

    @Option(names = "--junit-xml", paramLabel = "FILE",
            description = "Also writes a JUnit XML report of the cases to FILE, for CI servers.")
    Path junitXml;

    /** The stack each worker thread asks for: as deep as the main thread's usual one. */
    private static final long STACK_BYTES = 8L << 20;

    /** The report being collected, or {@code null} without {@code --junit-xml}. */
    private JunitXml report;

    /** The case file being reported. */
    private Path current;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1",
            description = "Runs up to N cases at a time (default 1); the lines keep the order of the cases.")
    int jobs = 1;

    @Override
    int execute(Output output) {
        if (jobs < 1) {
            throw CliException.usage("--jobs must be at least 1, not " + jobs);
        }
        boolean allMatched = true;
        report = junitXml == null ? null : new JunitXml();
        List<Path> files = CaseFiles.expand(paths);
        if (jobs == 1 || files.size() < 2) {
            for (Path file : files) {
                current = file;
                Ran ran = load(file);
                ran.warnings().forEach(warning -> output.error("warning: " + current + ": " + warning));
                allMatched &= print(output, ran.result(), ran.expected());
            }
        } else {
            allMatched = runInParallel(files, output);
        }
        if (report != null) {
            writeReport();
        }
        return allMatched ? SfnTestCli.OK : SfnTestCli.NOT_SUCCEEDED;
    }

    /**
     * A case's result, its {@code expected} ({@code null} when it could not be read) and the
     * warnings running it gave.
     */
    private record Ran(CaseResult result, JsonNode expected, List<String> warnings) {
        Ran(CaseResult result, JsonNode expected) {
            this(result, expected, List.of());
        }
    }

    private static Ran load(Path file) {
        String name = file.getFileName() == null ? file.toString()
                : CaseFile.withoutJsonExtension(file.getFileName().toString());
        CaseFile caseFile;
        try {
            caseFile = CaseFile.read(file);
        } catch (UnreadableFileException e) {
            return new Ran(CaseRunner.error(name, "Cannot read the case file " + file + ": " + e.reason()), null);
        } catch (InvalidJsonException e) {
            return new Ran(CaseRunner.error(name, "Cannot read the case file " + file + ": not JSON: "
                    + CliFiles.jsonProblem(e)), null);
        } catch (IllegalArgumentException e) {
            return new Ran(CaseRunner.error(name, "The case file " + file + " is not a case: " + e.getMessage()),
                    null);
        } catch (StackOverflowError e) {
            return new Ran(CaseRunner.error(name, "The case file " + file + " nests too deeply to be read"), null);
        }
        List<String> warnings = new ArrayList<>();
        CaseResult result = CaseRunner.run(caseFile, warnings::add);
        return new Ran(result, caseFile.expected(), warnings);
    }

    /** Runs the cases on {@link #jobs} threads and prints each in the order given, as soon as it is its turn. */
    private boolean runInParallel(List<Path> files, Output output) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, files.size()),
                task -> new Thread(null, task, "sfn-test-cases", STACK_BYTES));
        try {
            List<Future<Ran>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> load(file)));
            }
            boolean allMatched = true;
            for (int i = 0; i < files.size(); i++) {
                current = files.get(i);
                Ran ran = outcome(futures.get(i));
                ran.warnings().forEach(warning -> output.error("warning: " + current + ": " + warning));
                allMatched &= print(output, ran.result(), ran.expected());
            }
            return allMatched;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Ran outcome(Future<Ran> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a case", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof StackOverflowError overflow) {
                throw overflow;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void writeReport() {
        try {
            Files.writeString(junitXml, report.text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CliException.usage("Cannot write the JUnit XML file " + junitXml + ": " + CliFiles.reason(e));
        }
    }

    /**
     * Records the case's snapshot with {@code --update-snapshots}, else adds how the run differs
     * from it to {@code differences}; whether the case has a snapshot that was compared.
     */
    private boolean snapshot(Output output, CaseResult result, List<String> differences) {
        if (updateSnapshots) {
            String done = CaseSnapshots.record(current, CaseSnapshots.textOf(result));
            if (done != null) {
                output.error(done + " the snapshot " + CaseSnapshots.fileOf(current));
            }
            return false;
        }
        if (!Files.exists(CaseSnapshots.fileOf(current))) {
            return false; // no snapshot: nothing to compare, and no text to make
        }
        differences.addAll(CaseSnapshots.differences(current, CaseSnapshots.textOf(result)));
        return true;
    }

    /** Prints the case's line; whether it ran and matched its expected and its snapshot. */
    private boolean print(Output output, CaseResult result, JsonNode expected) {
        ObjectNode line = result.toJson();
        boolean ran = !"ERROR".equals(result.status());
        boolean matched = ran;
        List<String> differences = new ArrayList<>();
        boolean compared = expected != null && !expected.isNull();
        if (compared) {
            result.differencesFrom(expected).lines().map(String::strip).forEach(differences::add);
        }
        int fromExpected = differences.size();
        if (ran) {
            compared |= snapshot(output, result, differences);
        }
        if (compared) {
            matched &= differences.isEmpty();
            line.put("match", differences.isEmpty());
            if (!differences.isEmpty()) {
                ArrayNode list = line.putArray("differences");
                differences.forEach(list::add);
            }
        }
        if (report != null) {
            if ("ERROR".equals(result.status())) {
                report.error(result.name(), current.toString(), result.message());
            } else {
                report.ran(result.name(), current.toString(), differences);
            }
        }
        if (history && result.history() != null) {
            line.set("history", HistoryJson.events(result.history()));
        }
        output.json(line);
        if (!"ERROR".equals(result.status()) && !differences.isEmpty()) {
            String against = fromExpected == 0 ? "its snapshot"
                    : fromExpected == differences.size() ? "its expected" : "its expected and its snapshot";
            output.error(result.name() + ": does not match " + against + " (" + current + "):");
            differences.forEach(d -> output.error("  " + d));
        }
        return matched;
    }
}
