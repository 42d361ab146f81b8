package dev.sfntest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.report.MermaidDiagram;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sfn-test graph DEFINITION}: prints a Mermaid flowchart of the state machine, with the
 * states an execution entered highlighted when {@code --execution} names the output of
 * {@code sfn-test run --history}. Only {@code --format mermaid} is supported so far.
 */
@Command(name = "graph",
        description = "Prints a Mermaid flowchart of the state machine.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:drawn", "2:usage error or invalid definition"})
final class GraphCommand extends Subcommand {
    /** The output formats. */
    enum Format { mermaid, svg }

    @Parameters(index = "0", paramLabel = "DEFINITION", description = "The definition, JSON or YAML.")
    Path definition;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "mermaid",
            description = "mermaid (default) or svg (not yet supported).")
    Format format;

    @Option(names = "--execution", paramLabel = "RESULT.json",
            description = "The output of 'sfn-test run --history': its path is highlighted.")
    Path execution;

    @Option(names = "--substitute", paramLabel = "Name=Value",
            description = "Replaces the placeholder $${Name} in the definition; repeatable.")
    Map<String, String> substitutions = new LinkedHashMap<>();

    @Override
    int execute(Output output) {
        if (format != Format.mermaid) {
            throw CliException.usage("--format " + format + " is not yet supported; use --format mermaid");
        }
        Set<String> visited = execution == null ? Set.of() : enteredStates(execution);
        StateMachine machine = CliFiles.loadDefinition(definition, substitutions, output);
        output.line(MermaidDiagram.render(machine, visited));
        return SfnTest.OK;
    }

    private static Set<String> enteredStates(Path file) {
        JsonNode history = CliFiles.readJson(file, "execution result").get("history");
        if (history == null || !history.isArray()) {
            throw CliException.usage(file + " has no \"history\"; write it with 'sfn-test run --history'");
        }
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode event : history) {
            JsonNode details = event.get("stateEnteredEventDetails");
            if (details != null && details.path("name").isTextual()) {
                names.add(details.get("name").textValue());
            }
        }
        return names;
    }
}
