package dev.sfntest.server.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.asl.Definitions;
import dev.sfntest.asl.Diagnostic;
import dev.sfntest.asl.InvalidDefinitionException;
import dev.sfntest.asl.Validator;
import dev.sfntest.data.Json;
import java.util.List;
import java.util.Map;

/** Tags (TagResource, UntagResource, ListTagsForResource) and ValidateStateMachineDefinition. */
final class MiscActions {
    private final Backend backend;

    MiscActions(Backend backend) {
        this.backend = backend;
    }

    void register(Dispatcher dispatcher) {
        dispatcher.add("TagResource", request -> {
            String arn = request.requiredArn("resourceArn");
            if (request.body().get("tags") == null) {
                throw ApiException.validation("Value null at 'tags' failed to satisfy constraint: Member must not be null");
            }
            backend.tags.tag(arn, request.objects("tags"));
            return Json.emptyObject();
        });
        dispatcher.add("UntagResource", request -> {
            String arn = request.requiredArn("resourceArn");
            if (request.body().get("tagKeys") == null) {
                throw ApiException.validation("Value null at 'tagKeys' failed to satisfy constraint: Member must not be null");
            }
            backend.tags.untag(arn, request.strings("tagKeys"));
            return Json.emptyObject();
        });
        dispatcher.add("ListTagsForResource", request -> {
            Map<String, String> tags = backend.tags.list(request.requiredArn("resourceArn"));
            ObjectNode response = Json.emptyObject();
            ArrayNode list = response.putArray("tags");
            tags.forEach((key, value) -> list.addObject().put("key", key).put("value", value));
            return response;
        });
        dispatcher.add("ValidateStateMachineDefinition", MiscActions::validate);
    }

    /**
     * Our validator's diagnostics in AWS's shape: {@code result} OK or FAIL, each diagnostic's
     * severity, code, message and JSON Pointer location; warnings only with {@code severity: WARNING}.
     */
    static ObjectNode validate(JsonRequest request) {
        String definition = request.required("definition", 1, 1_048_576);
        request.optionalEnum("type", StateMachineActions.TYPES);
        String severity = request.optionalEnum("severity", List.of("ERROR", "WARNING"));
        int maxResults = request.optionalInt("maxResults", 0, 100, 0);
        List<Diagnostic> diagnostics;
        try {
            diagnostics = Validator.validate(Definitions.readTree(definition));
        } catch (InvalidDefinitionException e) {
            diagnostics = e.diagnostics();
        }
        boolean warnings = "WARNING".equals(severity);
        List<Diagnostic> reported = diagnostics.stream().filter(d -> d.isError() || warnings).toList();
        int limit = maxResults == 0 ? 100 : maxResults;
        ObjectNode response = Json.emptyObject();
        response.put("result", diagnostics.stream().anyMatch(Diagnostic::isError) ? "FAIL" : "OK");
        ArrayNode list = response.putArray("diagnostics");
        for (Diagnostic diagnostic : reported.subList(0, Math.min(limit, reported.size()))) {
            ObjectNode item = list.addObject();
            item.put("severity", diagnostic.severity().name());
            item.put("code", diagnostic.code());
            item.put("message", diagnostic.message());
            item.put("location", diagnostic.location().isEmpty() ? "/" : diagnostic.location());
        }
        response.put("truncated", reported.size() > limit);
        return response;
    }
}
