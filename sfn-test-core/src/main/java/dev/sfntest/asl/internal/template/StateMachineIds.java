package dev.sfntest.asl.internal.template;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.Diagnostic;
import dev.sfntest.asl.InvalidTemplateException;
import dev.sfntest.internal.EditDistance;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The state machines of a template by logical id, and the choice of one, with "did you mean". */
public final class StateMachineIds {
    private static final Set<String> TYPES = Set.of("AWS::StepFunctions::StateMachine", "AWS::Serverless::StateMachine");

    private StateMachineIds() {
    }

    /** Whether a parsed document is a template: a {@code Resources} object and no {@code States}. */
    public static boolean isTemplate(JsonNode tree) {
        return tree != null && tree.path("Resources").isObject() && !tree.has("States");
    }

    /** The logical ids of the template's state machines, in document order. */
    public static List<String> of(JsonNode template) {
        List<String> ids = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = template.path("Resources").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> resource = it.next();
            if (TYPES.contains(resource.getValue().path("Type").asText())) {
                ids.add(resource.getKey());
            }
        }
        return ids;
    }

    /**
     * The logical id asked for; the only state machine when none is asked for; the one CDK named
     * {@code id} plus its 8-character hash ({@code OrderStateMachine1A2B3C4D} for
     * {@code OrderStateMachine}).
     */
    static String choose(String name, JsonNode template, String logicalId) {
        if (!isTemplate(template)) {
            throw new InvalidTemplateException(Diagnostic.error("NOT_A_TEMPLATE", "", name + " is not a CloudFormation "
                    + "template: it has no Resources"));
        }
        List<String> ids = of(template);
        if (ids.isEmpty()) {
            throw new InvalidTemplateException(Diagnostic.error("UNKNOWN_STATE_MACHINE", "/Resources", "The template "
                    + name + " has no state machine (no resource of type AWS::StepFunctions::StateMachine or "
                    + "AWS::Serverless::StateMachine)"));
        }
        if (logicalId == null || logicalId.isEmpty()) {
            if (ids.size() == 1) {
                return ids.get(0);
            }
            throw new InvalidTemplateException(Diagnostic.error("UNKNOWN_STATE_MACHINE", "/Resources", "The template "
                    + name + " has " + ids.size() + " state machines: name one of " + String.join(", ", ids)));
        }
        if (ids.contains(logicalId)) {
            return logicalId;
        }
        List<String> hashed = ids.stream().filter(id -> id.matches("\\Q" + logicalId + "\\E[0-9A-F]{8}")).toList();
        if (hashed.size() == 1) {
            return hashed.get(0);
        }
        String closest = closest(logicalId, ids);
        throw new InvalidTemplateException(Diagnostic.error("UNKNOWN_STATE_MACHINE", "/Resources", "The template "
                + name + " has no state machine '" + logicalId + "'" + (closest == null ? "." : "; did you mean '"
                + closest + "'?") + " Its state machines: " + String.join(", ", ids)));
    }

    private static String closest(String written, List<String> ids) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String id : ids) {
            int distance = EditDistance.between(written.toLowerCase(Locale.ROOT), id.toLowerCase(Locale.ROOT));
            if (distance < bestDistance && distance <= Math.max(2, id.length() / 3)) {
                best = id;
                bestDistance = distance;
            }
        }
        return best;
    }
}
