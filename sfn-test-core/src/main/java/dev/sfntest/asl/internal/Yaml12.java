package dev.sfntest.asl.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.Diagnostic;
import dev.sfntest.asl.InvalidDefinitionException;
import dev.sfntest.data.Json;
import java.util.List;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads YAML with YAML 1.2 core-schema scalars: only {@code true}/{@code false} are booleans, so a
 * state named {@code Yes} stays the string "Yes" (YAML 1.1 readers turn it into {@code true}).
 */
public final class Yaml12 {
    /** The deepest nesting read: JSON's (Jackson's) limit. */
    static final int MAX_DEPTH = 1000;

    private Yaml12() {
    }

    /**
     * The YAML document as a JSON tree.
     *
     * @throws InvalidDefinitionException with one {@code PARSE_ERROR} located at {@code line:column}
     */
    public static JsonNode readTree(String text) {
        LoadSettings settings = LoadSettings.builder().setSchema(new YamlNumbers()).setLabel("definition").build();
        return readTree(text, settings, new Load(settings));
    }

    /**
     * A CloudFormation or SAM template as a JSON tree: the short tags ({@code !Ref X},
     * {@code !GetAtt A.B}, {@code !Sub ...}) read as their long forms ({@code {"Ref": "X"}},
     * {@code {"Fn::GetAtt": ["A", "B"]}}, {@code {"Fn::Sub": ...}}).
     *
     * @throws InvalidDefinitionException with one {@code PARSE_ERROR} located at {@code line:column}
     */
    public static JsonNode readTemplate(String text) {
        LoadSettings settings = LoadSettings.builder().setSchema(new YamlNumbers()).setLabel("template").build();
        return readTree(text, settings, new Load(settings, new CloudFormationTags(settings)));
    }

    private static JsonNode readTree(String text, LoadSettings settings, Load load) {
        try {
            checkDepth(settings, text);
            return Json.mapper().valueToTree(load.loadFromString(text));
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            String location = mark == null ? "1:1" : (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
            throw new InvalidDefinitionException(List.of(Diagnostic.error("PARSE_ERROR", location,
                    "Invalid YAML: " + plain(e.getProblem()))));
        } catch (YamlEngineException e) {
            throw new InvalidDefinitionException(List.of(Diagnostic.error("PARSE_ERROR", "1:1",
                    "Invalid YAML: " + plain(e.getMessage()))));
        }
    }

    /**
     * Refuses a document that nests deeper than JSON may ({@value #MAX_DEPTH} levels), before it is
     * built: building a tree is recursive.
     */
    private static void checkDepth(LoadSettings settings, String text) {
        int depth = 0;
        for (Event event : new Parse(settings).parseString(text)) {
            if (event instanceof CollectionStartEvent) {
                if (++depth > MAX_DEPTH) {
                    Mark mark = event.getStartMark().orElse(null);
                    throw new InvalidDefinitionException(List.of(Diagnostic.error("PARSE_ERROR",
                            mark == null ? "1:1" : (mark.getLine() + 1) + ":" + (mark.getColumn() + 1),
                            "Invalid YAML: it nests deeper than " + MAX_DEPTH + " levels, the most sfn-test reads")));
                }
            } else if (event instanceof CollectionEndEvent) {
                depth--;
            }
        }
    }

    /** The YAML parser's words for its tokens ({@code <stream end>}, {@code <scalar>}) in plain ones. */
    static String plain(String problem) {
        if (problem == null) {
            return "the text is not YAML";
        }
        return problem.replace("<stream end>", "the end of the text").replace("end of stream", "end of the text")
                .replace("<block end>", "the end of an indented block").replace("<scalar>", "a plain value")
                .replace("<block mapping start>", "the start of a mapping")
                .replace("<block sequence start>", "the start of a list")
                .replace("<flow mapping start>", "'{'").replace("<flow sequence start>", "'['")
                .replace("<flow mapping end>", "'}'").replace("<flow sequence end>", "']'")
                .replace("<block entry>", "'-'").replace("<key>", "a key").replace("<value>", "':'")
                .replace("\\t(TAB)", "a tab");
    }
}
