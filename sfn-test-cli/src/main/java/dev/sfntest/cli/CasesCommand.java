package dev.sfntest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.cases.CaseFile;
import dev.sfntest.cases.CaseResult;
import dev.sfntest.cases.CaseRunner;
import dev.sfntest.history.HistoryJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * difference; {@code --junit-xml FILE} writes the verdicts as JUnit XML ({@link JunitXml}).
 * Exit 0 when every case ran and matched its {@code expected}; 1 otherwise.
 */
@Command(name = "cases", mixinStandardHelpOptions = true, versionProvider = SfnTest.Version.class,
        description = "Runs case files and folders of them (recursively, *.json); prints one JSON line per case.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every case ran and matched its expected (status, output, error, cause, history)",
            "1:some case could not be run (status ERROR) or did not match", "2:usage error"})
final class CasesCommand extends Subcommand {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Case files and folders.")
    List<Path> paths;

    @Option(names = "--history", description = "Adds each case's history, as GetExecutionHistory lists it.")
    boolean history;

    @Option(names = "--junit-xml", paramLabel = "FILE",
            description = "Also writes a JUnit XML report of the cases to FILE, for CI servers.")
    Path junitXml;

    /** The report being collected, or {@code null} without {@code --junit-xml}. */
    private JunitXml report;

    /** The case file being reported. */
    private Path current;

    @Override
    int execute(Output output) {
        boolean allMatched = true;
        report = junitXml == null ? null : new JunitXml();
        for (Path file : CaseFiles.expand(paths)) {
            current = file;
            String name = file.getFileName() == null ? file.toString()
                    : CaseFile.withoutJsonExtension(file.getFileName().toString());
            CaseFile caseFile;
            try {
                caseFile = CaseFile.read(file);
            } catch (IOException e) {
                allMatched &= print(output, CaseRunner.error(name, "Cannot read the case file " + file + ": "
                        + CliFiles.reason(e)), null);
                continue;
            } catch (IllegalArgumentException e) {
                allMatched &= print(output, CaseRunner.error(name, "The case file " + file + " is not a case: "
                        + e.getMessage()), null);
                continue;
            }
            allMatched &= print(output, CaseRunner.run(caseFile), caseFile.expected());
        }
        if (report != null) {
            writeReport();
        }
        return allMatched ? SfnTest.OK : SfnTest.NOT_SUCCEEDED;
    }

    private void writeReport() {
        try {
            Files.writeString(junitXml, report.text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CliException.usage("Cannot write the JUnit XML file " + junitXml + ": " + CliFiles.reason(e));
        }
    }

    /** Prints the case's line; whether it ran and matched its expected. */
    private boolean print(Output output, CaseResult result, JsonNode expected) {
        ObjectNode line = result.toJson();
        boolean matched = !"ERROR".equals(result.status());
        List<String> differences = List.of();
        if (expected != null && !expected.isNull()) {
            differences = result.differencesFrom(expected).lines().map(String::strip).toList();
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
            output.error(result.name() + ": does not match its expected (" + current + "):");
            differences.forEach(d -> output.error("  " + d));
        }
        return matched;
    }
}
