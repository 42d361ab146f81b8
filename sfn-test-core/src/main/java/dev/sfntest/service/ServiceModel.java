package dev.sfntest.service;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.service.internal.MemberNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apiguardian.api.API;

/**
 * One AWS service's API model (the service-2 JSON format: operations, shapes, required members,
 * limits, enums, errors), as loaded by {@link ServiceModels}. Immutable and thread-safe.
 *
 * <pre>{@code
 * ServiceModel lambda = ServiceModels.standard().model("lambda").orElseThrow();
 * lambda.operation("Invoke").map(Operation::outputShape); // Optional[InvocationResponse]
 * }</pre>
 */
@API(status = EXPERIMENTAL)
public final class ServiceModel {
    private final String name;
    private final String errorPrefix;
    private final Map<String, Operation> operations;
    private final JsonNode shapes;
    /** Memo of {@link #memberNames}: derived from the immutable model, so sharing it changes nothing. */
    private final ConcurrentMap<String, Map<String, String>> memberNames = new ConcurrentHashMap<>();

    ServiceModel(String name, String errorPrefix, JsonNode model) {
        this.name = name;
        this.errorPrefix = errorPrefix;
        this.shapes = model.path("shapes");
        Map<String, Operation> ops = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = model.path("operations").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode op = entry.getValue();
            List<String> errors = new ArrayList<>();
            op.path("errors").forEach(error -> errors.add(error.path("shape").asText()));
            ops.put(entry.getKey(), new Operation(entry.getKey(), shapeName(op.get("input")),
                    shapeName(op.get("output")), errors));
        }
        this.operations = Collections.unmodifiableMap(ops);
    }

    private static String shapeName(JsonNode reference) {
        return reference == null || !reference.hasNonNull("shape") ? null : reference.get("shape").asText();
    }

    /** The name {@code aws-sdk:} uses for the service ({@code dynamodb}, {@code sfn}). */
    public String name() {
        return name;
    }

    /** The prefix of the error names of its {@code aws-sdk:} tasks ({@code DynamoDb}, {@code Sfn}). */
    public String errorPrefix() {
        return errorPrefix;
    }

    /** The operation named {@code name} (PascalCase, as in the model). */
    public Optional<Operation> operation(String name) {
        return Optional.ofNullable(operations.get(name));
    }

    /** Every operation's name. */
    public Set<String> operationNames() {
        return operations.keySet();
    }

    /** The shape named {@code name} as the model writes it, or a missing node. */
    public JsonNode shape(String name) {
        return name == null ? shapes.path("") : shapes.path(name);
    }

    /**
     * A structure shape's members by every name Step Functions writes them with ({@code ExecutionArn}
     * for {@code executionArn}; {@code DbInstanceIdentifier} too for {@code DBInstanceIdentifier}),
     * each mapped to the model's member name; empty for other shapes.
     */
    public Map<String, String> memberNames(String shapeName) {
        return memberNames.computeIfAbsent(shapeName == null ? "" : shapeName, name -> {
            Map<String, String> names = new HashMap<>();
            for (Iterator<String> it = shape(name).path("members").fieldNames(); it.hasNext(); ) {
                String member = it.next();
                MemberNames.accepted(member).forEach(accepted -> names.putIfAbsent(accepted, member));
            }
            return Collections.unmodifiableMap(names);
        });
    }

    @Override
    public String toString() {
        return "the " + name + " API model";
    }
}
