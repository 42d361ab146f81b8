package dev.sfntest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.diagram.SvgDiagrams;
import dev.sfntest.history.HistoryReader;
import dev.sfntest.report.ExecutionPath;
import dev.sfntest.report.MermaidDiagram;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sfn-test graph DEFINITION}: prints a Mermaid flowchart or an SVG diagram (laid out by
 * Eclipse ELK) of the state machine, with the path an execution took drawn on it when
 * {@code --execution} names the output of {@code sfn-test run --history}.
 */
@Command(name = "graph", mixinStandardHelpOptions = true, versionProvider = SfnTestCli.Version.class,
        description = "Prints a Mermaid flowchart or an SVG diagram of the state machine.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:drawn", "2:usage error or invalid definition"})
final class GraphCommand extends Subcommand {
    /** The output formats. */
    enum Format { mermaid, svg }

    @Parameters(index = "0", paramLabel = "DEFINITION",
            description = "The definition, JSON or YAML; or a SAM/CloudFormation/CDK template, TEMPLATE#LogicalId.")
    Path definition;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "mermaid",
            description = "mermaid (default) or svg.")
    Format format;

    @Option(names = "--execution", paramLabel = "RESULT.json",
            description = "The output of 'sfn-test run --history': its path is highlighted.")
    Path execution;

    @Option(names = "--substitute", paramLabel = "Name=Value",
            description = "Replaces the placeholder $${Name} in the definition; repeatable.")
    Map<String, String> substitutions = new LinkedHashMap<>();

    @Override
    int execute(Output output) {
        ExecutionPath path = execution == null ? null : path(execution);
        StateMachine machine = CliFiles.loadDefinition(definition, substitutions, output);
        if (format == Format.svg) {
            output.line(SvgDiagrams.render(machine, path));
        } else {
            output.line(path == null ? MermaidDiagram.render(machine) : MermaidDiagram.render(machine, path));
        }
        return SfnTestCli.OK;
    }

    private static ExecutionPath path(Path file) {
        JsonNode history = CliFiles.readJson(file, "execution result").get("history");
        if (history == null || !history.isArray()) {
            throw CliException.usage(file + " has no \"history\"; write it with 'sfn-test run --history'");
        }
        try {
            return ExecutionPath.of(HistoryReader.events(history));
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw CliException.usage(file + ": " + e.getMessage());
        }
    }
}
