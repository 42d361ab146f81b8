package dev.sfntest.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.InvalidDefinitionException;
import dev.sfntest.asl.StateMachine;
import dev.sfntest.data.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/** Reading the files and JSON arguments the subcommands are given; every failure a usage error. */
final class CliFiles {
    private CliFiles() {
    }

    /** The text of a file. */
    static String readText(Path file, String what) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CliException.usage("Cannot read the " + what + " " + file + ": " + reason(e));
        }
    }

    /** Why a file could not be read, in words. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        } else if (e instanceof AccessDeniedException) {
            return "permission denied";
        } else if (e instanceof JsonProcessingException j) {
            return "not JSON: " + j.getOriginalMessage().replaceAll("\\s*\\R\\s*", " ")
                    + (j.getLocation() == null ? "" : " at " + j.getLocation().getLineNr() + ":"
                    + j.getLocation().getColumnNr());
        } else if (e.getMessage() != null && e.getMessage().contains("Is a directory")) {
            return "it is a directory";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** A JSON file. */
    static JsonNode readJson(Path file, String what) {
        String text = readText(file, what);
        try {
            return Json.parse(text);
        } catch (JsonProcessingException e) {
            throw CliException.usage("Cannot read the " + what + " " + file + ": " + reason(e));
        }
    }

    /** {@code JSON} or {@code @FILE}, as the {@code option} names it. */
    static JsonNode jsonArgument(String option, String value) {
        if (value.startsWith("@")) {
            return readJson(Path.of(value.substring(1)), option + " file");
        }
        try {
            return Json.parse(value);
        } catch (JsonProcessingException e) {
            throw CliException.usage(option + " is not JSON (use @FILE to read a file): " + reason(e));
        }
    }

    /**
     * Loads a definition; when it is invalid, prints its diagnostics on standard error in the
     * {@code validate} format and stops with exit 2.
     */
    static StateMachine loadDefinition(Path file, Map<String, String> substitutions, Output output) {
        java.util.Optional<TemplateArgument> template = TemplateArgument.of(file);
        if (template.isPresent()) {
            return template.get().load(substitutions, output);
        }
        String text = readText(file, "definition");
        try {
            return Definitions.parse(text, substitutions);
        } catch (InvalidDefinitionException e) {
            output.diagnosticsToErr(file.toString(), e.diagnostics());
            throw CliException.reported(SfnTest.USAGE);
        }
    }

    /** The file's name without its extensions: {@code order.asl.json} gives {@code order}. */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.', 1);
        return dot < 0 ? name : name.substring(0, dot);
    }
}
