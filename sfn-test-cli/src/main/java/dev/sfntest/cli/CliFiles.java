package dev.sfntest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.InvalidDefinitionException;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.asl.Validator;
import dev.sfntest.data.InvalidJsonException;
import dev.sfntest.data.Json;
import dev.sfntest.data.TextFiles;
import dev.sfntest.data.UnreadableFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/** Reading the files and JSON arguments the subcommands are given; every failure a usage error. */
final class CliFiles {
    private CliFiles() {
    }

    /** The text of a file (UTF-8, at most {@link TextFiles#MAX_BYTES} bytes, a byte-order mark dropped). */
    static String readText(Path file, String what) {
        try {
            return TextFiles.read(file);
        } catch (UnreadableFileException e) {
            throw CliException.usage("Cannot read the " + what + " " + Output.oneLine(file.toString()) + ": "
                    + e.reason());
        }
    }

    /** Why a file could not be read or written, in words. */
    static String reason(IOException e) {
        return UnreadableFileException.of(null, e).reason();
    }

    /** A JSON syntax error in words, with its {@code line:column} and a hint at the mistake. */
    static String jsonProblem(InvalidJsonException e) {
        return e.getMessage();
    }

    /** A JSON file. */
    static JsonNode readJson(Path file, String what) {
        return parseJson(readText(file, what), "The " + what + " " + Output.oneLine(file.toString()), "");
    }

    /** {@code JSON}, {@code @FILE}, or {@code -} for standard input, as the {@code option} names it. */
    static JsonNode jsonArgument(String option, String value, InputStream stdin) {
        if (value.startsWith("@")) {
            return readJson(Path.of(value.substring(1)), option + " file");
        }
        if (value.equals("-")) {
            String text;
            try {
                text = TextFiles.read(stdin);
            } catch (UnreadableFileException e) {
                throw CliException.usage("Cannot read " + option + " from standard input: " + e.reason());
            }
            return parseJson(text, option + " from standard input", "");
        }
        return parseJson(value, option, " (use @FILE to read a file, - for standard input)");
    }

    private static JsonNode parseJson(String text, String subject, String hint) {
        JsonNode value;
        try {
            value = Json.parse(text);
        } catch (InvalidJsonException e) {
            throw CliException.usage(subject + " is not JSON" + hint + ": " + jsonProblem(e));
        }
        if (value.isMissingNode()) {
            throw CliException.usage(subject + " is empty" + hint + "; it must hold a JSON value such as {}");
        }
        return value;
    }

    /**
     * Loads a definition; when it is invalid, prints its diagnostics on standard error in the
     * {@code validate} format and stops with exit 2. Warns on standard error of placeholders left
     * unsubstituted and of {@code --substitute} names the definition does not use.
     */
    static StateMachine loadDefinition(Path file, Map<String, String> substitutions, Output output) {
        java.util.Optional<TemplateArgument> template = TemplateArgument.of(file);
        if (template.isPresent()) {
            return template.get().load(substitutions, output);
        }
        String text = readText(file, "definition");
        StateMachine machine;
        try {
            machine = Definitions.parse(text, substitutions);
        } catch (InvalidDefinitionException e) {
            output.diagnosticsToErr(file.toString(), e.diagnostics());
            throw CliException.reported(SfnTestCli.USAGE);
        }
        for (String name : substitutions.keySet()) {
            if (!text.contains("${" + name + "}")) {
                output.error("warning: --substitute " + name + ": the definition has no placeholder ${" + name + "}");
            }
        }
        if (text.contains("${")) {
            output.diagnosticsToErr(file.toString(), Validator.validate(machine.source()).stream()
                    .filter(d -> d.code().equals("UNSUBSTITUTED_PLACEHOLDER")).toList());
        }
        return machine;
    }

    /** The file's name without its extensions: {@code order.asl.json} gives {@code order}. */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.', 1);
        return dot < 0 ? name : name.substring(0, dot);
    }
}
