package dev.sfntest.cli;

import dev.sfntest.cases.CaseFile;
import dev.sfntest.cases.CaseResult;
import dev.sfntest.cases.CaseRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code sfn-test cases PATH...}: runs case files ({@code conformance/README.md} format) and prints
 * one JSON line per case, {@code {"name", "status", "output", "error", "cause"}}, in the order
 * given. A case that cannot be run prints {@code "status": "ERROR"} with a {@code "message"}; the
 * command goes on with the next. Exit 0 when every case ran, whatever its status; 1 when some case
 * has status ERROR.
 */
@Command(name = "cases", mixinStandardHelpOptions = true, versionProvider = SfnTest.Version.class,
        description = "Runs case files and folders of them (recursively, *.json); prints one JSON line per case.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every case ran (whatever its status)", "1:some case could not be run (status ERROR)",
            "2:usage error"})
final class CasesCommand extends Subcommand {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Case files and folders.")
    List<Path> paths;

    @Override
    int execute(Output output) {
        boolean anyError = false;
        for (Path file : CaseFiles.expand(paths)) {
            CaseResult result = run(file);
            output.json(result.toJson());
            anyError |= "ERROR".equals(result.status());
        }
        return anyError ? SfnTest.NOT_SUCCEEDED : SfnTest.OK;
    }

    private static CaseResult run(Path file) {
        String name = file.getFileName() == null ? file.toString()
                : CaseFile.withoutJsonExtension(file.getFileName().toString());
        CaseFile caseFile;
        try {
            caseFile = CaseFile.read(file);
        } catch (IOException e) {
            return CaseRunner.error(name, "Cannot read the case file " + file + ": " + CliFiles.reason(e));
        } catch (IllegalArgumentException e) {
            return CaseRunner.error(name, "The case file " + file + " is not a case: " + e.getMessage());
        } catch (StackOverflowError e) {
            return CaseRunner.error(name, "The case file " + file + " nests too deeply to be read");
        }
        return CaseRunner.run(caseFile);
    }
}
