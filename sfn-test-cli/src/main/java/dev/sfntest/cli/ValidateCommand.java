package dev.sfntest.cli;

import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.Diagnostic;
import dev.sfntest.asl.InvalidDefinitionException;
import dev.sfntest.asl.Validator;
import dev.sfntest.data.TextFiles;
import dev.sfntest.data.UnreadableFileException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code sfn-test validate DEFINITION...}: one line per finding,
 * {@code FILE: SEVERITY CODE LOCATION MESSAGE}; exit 0 when no file has an error, 1 otherwise. A
 * file that cannot be read is an {@code ERROR UNREADABLE_FILE} line, not a crash.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = SfnTestCli.Version.class,
        description = "Validates definitions; prints one line per finding: FILE: SEVERITY CODE LOCATION MESSAGE.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no file has an error (warnings allowed)", "1:some file has an error", "2:usage error"})
final class ValidateCommand extends Subcommand {
    @Parameters(arity = "1..*", paramLabel = "DEFINITION",
            description = "Definitions, JSON or YAML; or templates, TEMPLATE or TEMPLATE#LogicalId.")
    List<Path> definitions;

    @Override
    int execute(Output output) {
        boolean anyError = false;
        for (Path file : definitions) {
            java.util.Optional<TemplateArgument> template = TemplateArgument.of(file);
            if (template.isPresent()) {
                anyError |= template.get().validate(output);
                continue;
            }
            List<Diagnostic> diagnostics = diagnostics(file);
            output.diagnostics(file.toString(), diagnostics);
            anyError |= diagnostics.stream().anyMatch(Diagnostic::isError);
        }
        return anyError ? SfnTestCli.NOT_SUCCEEDED : SfnTestCli.OK;
    }

    private static List<Diagnostic> diagnostics(Path file) {
        String text;
        try {
            text = TextFiles.read(file);
        } catch (UnreadableFileException e) {
            return List.of(Diagnostic.error("UNREADABLE_FILE", "", "Cannot read the file: " + e.reason()));
        }
        try {
            return Validator.validate(Definitions.readTree(text));
        } catch (InvalidDefinitionException e) {
            return e.diagnostics();
        } catch (RuntimeException | StackOverflowError e) {
            // one file must never stop the others
            return List.of(Diagnostic.error("INTERNAL_ERROR", "", "sfn-test failed on this file: " + e
                    + " (please report it with the file)"));
        }
    }
}
