package dev.sfntest.cli;

import dev.sfntest.asl.Diagnostic;
import dev.sfntest.asl.InvalidDefinitionException;
import dev.sfntest.asl.InvalidTemplateException;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.asl.TemplateDefinition;
import dev.sfntest.asl.Templates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A DEFINITION argument that names a SAM, CloudFormation or CDK template: {@code FILE} (a file
 * whose document has {@code Resources} and no {@code States}, with one state machine) or
 * {@code FILE#LogicalId}. Diagnostics are labelled {@code FILE#LogicalId}; their locations are
 * JSON Pointers into the template for the template's own findings, into the definition otherwise.
 */
final class TemplateArgument {
    private final Path file;
    private final String logicalId;

    private TemplateArgument(Path file, String logicalId) {
        this.file = file;
        this.logicalId = logicalId;
    }

    /** The template the argument names, or empty for a plain definition. */
    static Optional<TemplateArgument> of(Path given) {
        if (Files.isRegularFile(given)) {
            try {
                return Templates.isTemplate(Files.readString(given, StandardCharsets.UTF_8))
                        ? Optional.of(new TemplateArgument(given, null)) : Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        String text = given.toString();
        int hash = text.lastIndexOf('#');
        return hash > 0 && hash < text.length() - 1
                ? Optional.of(new TemplateArgument(Path.of(text.substring(0, hash)), text.substring(hash + 1)))
                : Optional.empty();
    }

    /**
     * Loads the state machine, its template warnings on standard error; when it cannot be taken
     * or is invalid, prints why in the {@code validate} format and stops with exit 2.
     */
    StateMachine load(Map<String, String> substitutions, Output output) {
        try {
            TemplateDefinition taken = Templates.read(file, logicalId, substitutions);
            output.diagnosticsToErr(label(taken.logicalId()), taken.warnings());
            try {
                return taken.build();
            } catch (InvalidDefinitionException e) {
                output.diagnosticsToErr(label(taken.logicalId()), e.diagnostics());
                throw CliException.reported(SfnTestCli.USAGE);
            }
        } catch (InvalidTemplateException e) {
            output.diagnosticsToErr(label(logicalId), List.of(e.diagnostic()));
            throw CliException.reported(SfnTestCli.USAGE);
        } catch (InvalidDefinitionException e) {
            output.diagnosticsToErr(label(logicalId), e.diagnostics());
            throw CliException.reported(SfnTestCli.USAGE);
        }
    }

    /** The state machine's logical id (what a MockConfigFile names it by default), if it can be taken. */
    Optional<String> stateMachineName() {
        try {
            return Optional.of(Templates.read(file, logicalId, Map.of()).logicalId());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Validates the state machine the argument names, or every one of the template: one line per
     * finding, labelled {@code FILE#LogicalId}.
     *
     * @return whether any has an error
     */
    boolean validate(Output output) {
        List<String> ids;
        try {
            ids = logicalId != null ? List.of(logicalId) : Templates.stateMachines(Files.readString(file));
        } catch (IOException | InvalidTemplateException e) {
            ids = List.of("");
        }
        if (ids.isEmpty()) {
            ids = List.of("");
        }
        boolean anyError = false;
        for (String id : ids) {
            List<Diagnostic> diagnostics = new ArrayList<>();
            try {
                diagnostics.addAll(Templates.read(file, id, Map.of()).diagnostics());
            } catch (InvalidTemplateException e) {
                diagnostics.add(e.diagnostic());
            } catch (InvalidDefinitionException e) {
                diagnostics.addAll(e.diagnostics());
            }
            output.diagnostics(label(id), diagnostics);
            anyError |= diagnostics.stream().anyMatch(Diagnostic::isError);
        }
        return anyError;
    }

    private String label(String id) {
        return id == null || id.isEmpty() ? file.toString() : file + "#" + id;
    }
}
