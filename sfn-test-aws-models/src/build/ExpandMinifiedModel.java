import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Build step of sfn-test-aws-models (run by exec-maven-plugin with Java's source launcher, never
 * shipped): rewrites a model in the minified form that AWS's npm package {@code aws-sdk} ships
 * ({@code apis/*.min.json}) into the service-2 form the other models have, so one loader reads both.
 *
 * <p>The minified form differs in two ways only: a shape used once is written inline where it is
 * used instead of by a {@code {"shape": name}} reference, and a string shape omits its
 * {@code "type"}. Here every inline shape becomes a named shape (the operation's name with
 * {@code Request} or {@code Output}, or the enclosing shape's name with the member's), typed
 * {@code string} when untyped; the reference keeps the member's own traits (location, names).
 * What the minifier dropped (documentation, enum values, length and range limits) stays absent.
 *
 * <p>Arguments: the minified model, the service-2 model to write.
 */
public final class ExpandMinifiedModel {
    /** Keys that describe where a member travels, not its value: they stay on the reference. */
    private static final Set<String> MEMBER_TRAITS = Set.of("location", "locationName", "contextParam",
            "xmlNamespace", "xmlAttribute", "hostLabel", "deprecated", "idempotencyToken", "jsonvalue",
            "eventpayload");

    private final ObjectNode shapes;
    private final ObjectMapper mapper;

    private ExpandMinifiedModel(ObjectNode shapes, ObjectMapper mapper) {
        this.shapes = shapes;
        this.mapper = mapper;
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        ObjectNode model = (ObjectNode) mapper.readTree(Path.of(args[0]).toFile());
        ObjectNode shapes = (ObjectNode) model.get("shapes");
        ExpandMinifiedModel expander = new ExpandMinifiedModel(shapes, mapper);
        int before = shapes.size();
        List<String> named = new ArrayList<>();
        shapes.properties().forEach(entry -> named.add(entry.getKey()));
        for (String name : named) {
            ObjectNode shape = (ObjectNode) shapes.get(name);
            shape.putIfAbsent("type", mapper.getNodeFactory().textNode("string"));
            expander.expandInside(name, shape);
        }
        for (Map.Entry<String, JsonNode> operation : model.path("operations").properties()) {
            ObjectNode op = (ObjectNode) operation.getValue();
            expander.reference(op, "input", operation.getKey() + "Request");
            expander.reference(op, "output", operation.getKey() + "Output");
        }
        Path target = Path.of(args[1]);
        Files.createDirectories(target.getParent());
        Files.write(target, mapper.writeValueAsBytes(model));
        System.out.println("[sfn-test-aws-models] " + target.getFileName() + ": " + before + " shared shapes and "
                + (shapes.size() - before) + " inline ones, now named");
    }

    /** Names the inline shapes inside a named shape's members, list member, map key and value. */
    private void expandInside(String name, ObjectNode shape) {
        JsonNode members = shape.get("members");
        if (members instanceof ObjectNode object) {
            List<String> memberNames = new ArrayList<>();
            object.properties().forEach(entry -> memberNames.add(entry.getKey()));
            for (String member : memberNames) {
                reference(object, member, name + member);
            }
        }
        reference(shape, "member", name + "Member");
        reference(shape, "key", name + "Key");
        reference(shape, "value", name + "Value");
    }

    /** Turns {@code parent[key]}, when it is an inline shape, into a reference to a new named shape. */
    private void reference(ObjectNode parent, String key, String suggestedName) {
        if (!(parent.get(key) instanceof ObjectNode inline) || inline.has("shape")) {
            return;
        }
        String name = unique(suggestedName);
        ObjectNode shape = mapper.createObjectNode();
        ObjectNode ref = mapper.createObjectNode().put("shape", name);
        for (Map.Entry<String, JsonNode> field : inline.properties()) {
            (MEMBER_TRAITS.contains(field.getKey()) ? ref : shape).set(field.getKey(), field.getValue());
        }
        shape.putIfAbsent("type", mapper.getNodeFactory().textNode("string"));
        shapes.set(name, shape);
        parent.set(key, ref);
        expandInside(name, shape);
    }

    private String unique(String suggested) {
        String name = suggested;
        for (int n = 2; shapes.has(name); n++) {
            name = suggested + n;
        }
        return name;
    }
}
