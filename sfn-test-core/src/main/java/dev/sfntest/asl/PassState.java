package dev.sfntest.asl;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.data.ReferencePath;
import dev.sfntest.data.Template;
import org.apiguardian.api.API;

/**
 * A {@code Pass} state.
 *
 * @param common shared fields
 * @param result {@code Result}, or {@code null}
 * @param parameters {@code Parameters}, or {@code null}
 * @param resultPath {@code ResultPath}: {@code $} when absent, {@code null} when set to JSON null
 */
@API(status = EXPERIMENTAL)
public record PassState(StateCommon common, JsonNode result, Template parameters, ReferencePath resultPath)
        implements State {
    @Override
    public String type() {
        return "Pass";
    }
}
