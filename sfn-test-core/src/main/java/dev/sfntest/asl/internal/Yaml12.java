package dev.sfntest.asl.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.Diagnostic;
import dev.sfntest.asl.InvalidDefinitionException;
import dev.sfntest.data.Json;
import java.util.List;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads YAML with YAML 1.2 core-schema scalars: only {@code true}/{@code false} are booleans, so a
 * state named {@code Yes} stays the string "Yes" (YAML 1.1 readers turn it into {@code true}).
 */
public final class Yaml12 {
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
            return Json.mapper().valueToTree(load.loadFromString(text));
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            String location = mark == null ? "1:1" : (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
            throw new InvalidDefinitionException(List.of(Diagnostic.error("PARSE_ERROR", location,
                    "Invalid YAML: " + e.getProblem())));
        } catch (YamlEngineException e) {
            throw new InvalidDefinitionException(List.of(Diagnostic.error("PARSE_ERROR", "1:1",
                    "Invalid YAML: " + e.getMessage())));
        }
    }
}
