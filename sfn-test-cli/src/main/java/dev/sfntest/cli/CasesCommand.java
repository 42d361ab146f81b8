package dev.sfntest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.cases.CaseFile;
import dev.sfntest.cases.CaseResult;
import dev.sfntest.cases.CaseRunner;
import dev.sfntest.history.HistoryJson;
import java.io.IOException;
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
 * goes on with the next. Exit 0 when every case ran and matched its {@code expected}; 1 otherwise.
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

    @Override
    int execute(Output output) {
        boolean allMatched = true;
        for (Path file : CaseFiles.expand(paths)) {
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
        return allMatched ? SfnTest.OK : SfnTest.NOT_SUCCEEDED;
    }

    /** Prints the case's line; whether it ran and matched its expected. */
    private boolean print(Output output, CaseResult result, JsonNode expected) {
        ObjectNode line = result.toJson();
        boolean matched = !"ERROR".equals(result.status());
        if (expected != null && !expected.isNull()) {
            String differences = result.differencesFrom(expected);
            matched &= differences.isEmpty();
            line.put("match", differences.isEmpty());
            if (!differences.isEmpty()) {
                ArrayNode list = line.putArray("differences");
                differences.lines().map(String::strip).forEach(list::add);
            }
        }
        if (history && result.history() != null) {
            line.set("history", HistoryJson.events(result.history()));
        }
        output.json(line);
        return matched;
    }
}
