package dev.sfntest.asl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.ReferencePath;
import dev.sfntest.data.Template;

/**
 * A {@code Pass} state.
 *
 * @param common shared fields
 * @param result {@code Result}, or {@code null}
 * @param parameters {@code Parameters}, or {@code null}
 * @param resultPath {@code ResultPath}: {@code $} when absent, {@code null} when set to JSON null
 */
public record PassState(StateCommon common, JsonNode result, Template parameters, ReferencePath resultPath)
        implements State {
    @Override
    public String type() {
        return "Pass";
    }
}
